// What the runbook commands share: the services made from their connection flags, plain lines
// (neutralised: names and messages come from the network), and how a command ends.
import type {LoadedServer} from '../engine/journey.js';
import {loadServer, loadServerContext} from '../engine/load-server.js';
import {createServices, type Services} from '../services/services.js';
import {terminalText} from '../ui/fields/terminal-text.js';
import {errorSentence} from '../ui/flow/error-text.js';
import type {ExitController} from './exit-controller.js';
import type {RunbookCommand} from './parse-runbook-arguments.js';
import {exitCodes} from './outcome-table.js';
import {isUtf8Locale} from './terminal-capabilities.js';

export type Output = {
	/** A result line: stdout, or stderr with --json (stdout then holds only the JSON). */
	line(text: string): void;
	/** A warning or problem, on stderr. */
	problem(text: string): void;
	json(value: unknown): void;
};

export function createOutput(command: {json: boolean}): Output {
	const unicode = isUtf8Locale(process.env);
	const write = (stream: NodeJS.WriteStream, text: string) => {
		stream.write(`${terminalText(text, unicode)}\n`);
	};

	return {
		line: text => write(command.json ? process.stderr : process.stdout, text),
		problem: text => write(process.stderr, text),
		json(value) {
			// JSON.stringify escapes control characters, so hostile text stays inert here too.
			process.stdout.write(`${JSON.stringify(value, undefined, 2)}\n`);
		},
	};
}

export function runbookServices(command: RunbookCommand, exitController: ExitController): Services {
	const services = createServices({env: process.env, flags: {sandbox: command.sandbox, profile: command.profile, endpoint: command.endpoint}});
	exitController.onCleanup(async () => services.close());
	return services;
}

/** Ends with one sentence on stderr (usage problems are 2, the service's 1). */
export function fail(exitController: ExitController, output: Output, code: number, error: unknown): void {
	output.problem(typeof error === 'string' ? error : errorSentence(error));
	exitController.exit(code);
}

/** The server with its gateway and context, as every runbook command starts; undefined once it has failed (said, exit 1). */
export async function loadForRunbook(
	command: {region: string; server: string},
	services: Services,
	output: Output,
	exitController: ExitController,
): Promise<LoadedServer | undefined> {
	try {
		const {api} = await services.connect();
		return await loadServerContext(api, await loadServer(api, command.region, command.server));
	} catch (error) {
		fail(exitController, output, exitCodes.failed, error);
		return undefined;
	}
}
