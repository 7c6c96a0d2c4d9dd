// The built CLI without a terminal: pipes for all three streams, the output and the exit code.
import {spawn} from 'node:child_process';
import {childEnvironment} from './child-env.js';
import {cliNode, cliPath} from './wizard-process.js';

export type CliRun = {code: number | null; stdout: string; stderr: string};

export async function runCli(args: string[], options: {cwd?: string} = {}): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(cliNode, [cliPath, ...args], {env: childEnvironment(), cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}
