// `ipsec-wizard sandbox [--port N]`: the emulator in the foreground until a signal stops it.
import {runSandboxCommand} from '../sandbox/sandbox-command.js';
import type {SandboxCommand} from './parse-arguments.js';

export async function runSandbox(command: SandboxCommand): Promise<number> {
	const controller = new AbortController();
	const stop = () => {
		controller.abort();
	};

	// The signal ends the emulator cleanly; the exit controller's handlers are replaced for this command.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.removeAllListeners(signal);
		process.once(signal, stop);
	}

	const code = await runSandboxCommand({port: command.port, stdout: process.stdout, signal: controller.signal});
	return typeof code === 'number' ? code : 0;
}
