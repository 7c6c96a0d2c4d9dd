// `ipsec-wizard sandbox [--port N]`: the emulator in the foreground until a signal stops it.
import {runSandboxCommand} from '../sandbox/sandbox-command.js';
import {exitCodes, type ExitCode} from './exit-codes.js';
import type {SandboxCommand} from './parse-arguments.js';

export async function runSandbox(command: SandboxCommand): Promise<ExitCode> {
	const controller = new AbortController();
	const stop = () => {
		controller.abort();
	};

	// Here a signal means "stop the emulator cleanly", not "restore the wizard's terminal".
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.removeAllListeners(signal);
		process.once(signal, stop);
	}

	try {
		await runSandboxCommand({port: command.port, stdout: process.stdout, signal: controller.signal});
		return exitCodes.done;
	} catch (error) {
		// The sandbox's own errors (a port in use, a bad IPSEC_WIZARD_SANDBOX_* value) are one sentence.
		process.stderr.write(`${error instanceof Error ? error.message : 'The sandbox could not start.'}\n`);
		return exitCodes.failed;
	}
}
