// The entry point (bundled to dist/cli.js). Kept light: it parses arguments and decides what runs,
// then loads the UI (Ink, React, the screens) with import() after the colour decision, because
// Ink's chalk reads FORCE_COLOR when it is imported. The API client and the sandbox are loaded later
// still, after the first frame (see source/services/connect-to-api.ts).
import process from 'node:process';
import packageJson from '../../package.json' with {type: 'json'};
import {exitCodes} from './exit-codes.js';
import {createExitController, type ExitController} from './exit-controller.js';
import {parseArguments} from './parse-arguments.js';
import {parseRunbookArguments} from './parse-runbook-arguments.js';
import {isUtf8Locale, notInteractiveMessage, terminalCapabilities} from './terminal-capabilities.js';

const failureSentence = 'Something unexpected went wrong; run the same command again, and if it fails again report it with what you did.';

function endQuietlyOnClosedPipe(exitController: ExitController): void {
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') {
				// The reader is gone (e.g. `| head`): nothing left to tell anyone.
				process.exit(process.exitCode ?? exitCodes.done);
			}

			exitController.exit(exitCodes.failed);
		});
	}
}

/** A bad IPSEC_WIZARD_SANDBOX_* value, as the sandbox's one sentence, before any screen is drawn. */
async function sandboxSettingsProblem(): Promise<string | undefined> {
	const {sandboxOptionsFromEnvironment} = await import('../sandbox/options-from-environment.js');
	try {
		sandboxOptionsFromEnvironment(process.env);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : 'An IPSEC_WIZARD_SANDBOX_* setting is not valid.';
	}
}

async function main(exitController: ExitController): Promise<void> {
	// The runbook commands (show, plan, apply) parse their own flags; see run-runbook.ts.
	const runbook = parseRunbookArguments(process.argv.slice(2));
	if (runbook) {
		const {runRunbook} = await import('./run-runbook.js');
		await runRunbook(runbook, exitController);
		return;
	}

	const parsed = parseArguments(process.argv.slice(2));
	switch (parsed.kind) {
		case 'help': {
			const {helpText} = await import('./help-text.js');
			process.stdout.write(`${helpText(packageJson.version)}\n`);
			return;
		}

		case 'version': {
			process.stdout.write(`${packageJson.version}\n`);
			return;
		}

		case 'usage-error': {
			process.stderr.write(`${parsed.message}\n`);
			process.exitCode = exitCodes.usage;
			return;
		}

		case 'sandbox': {
			const {runSandbox} = await import('./run-sandbox.js');
			process.exitCode = await runSandbox(parsed);
			return;
		}

		case 'client-config-help': {
			const {clientConfigUsage} = await import('./parse-client-config.js');
			process.stdout.write(`${clientConfigUsage}\n`);
			return;
		}

		case 'client-config': {
			const {runClientConfig} = await import('./run-client-config.js');
			await runClientConfig(parsed, exitController);
			return;
		}

		case 'status': {
			const {runStatus} = await import('./run-status.js');
			await runStatus(parsed, exitController);
			return;
		}

		case 'wizard': {
			const streams = {stdinIsTty: Boolean(process.stdin.isTTY), stdoutIsTty: Boolean(process.stdout.isTTY)};
			const capabilities = terminalCapabilities(process.env, parsed.color, streams);
			if (!capabilities.interactive) {
				// Wrapped to the terminal the message lands in (stderr may still be one), 80 when unknown.
				process.stderr.write(`${notInteractiveMessage(streams, process.stderr.columns || process.stdout.columns || 80)}\n`);
				process.exitCode = exitCodes.usage;
				return;
			}

			const say = (line: string) => process.stderr.write(`${line}\n`);
			const psk = parsed.pskFile === undefined ? undefined : await import('./read-psk-file.js').then(async ({readPskFile}) => readPskFile(parsed.pskFile!, {onWaiting: say}));
			if (psk?.error) {
				say(psk.error);
				process.exitCode = exitCodes.usage;
				return;
			}

			if (psk?.warning) {
				say(psk.warning);
			}

			if (!capabilities.color) {
				process.env['FORCE_COLOR'] = '0';
			}

			// The UI loads while the sandbox settings are checked: both before the first frame.
			const [{runWizard}, problem] = await Promise.all([import('./run-wizard.js'), parsed.sandbox ? sandboxSettingsProblem() : undefined]);
			if (problem) {
				process.stderr.write(`${problem}\n`);
				process.exitCode = exitCodes.usage;
				return;
			}

			runWizard({command: parsed, capabilities, psk: psk?.psk, exitController});
		}
	}
}

const exitController = createExitController({
	stdin: process.stdin,
	stdout: process.stdout,
	unicode: isUtf8Locale(process.env),
	terminate: code => process.exit(code),
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		exitController.handleSignal(signal);
	});
}

endQuietlyOnClosedPipe(exitController);

const fail = (): void => {
	if (!exitController.exiting) {
		// With the re-attach command when an update may be under way: a crash must not lose it.
		exitController.handleCrash();
		process.stderr.write(`${failureSentence}\n`);
	}
};

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main(exitController).catch(fail);
