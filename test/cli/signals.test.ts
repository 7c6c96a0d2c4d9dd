// Signals against the built wizard in a pseudo-terminal: the terminal is given back (cursor shown)
// and the exit code says which signal ended it.
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import pty from 'node-pty';
import {childEnvironment} from '../support/child-env.js';
import {cliNode} from '../support/wizard-process.js';

const cli = path.resolve('dist/cli.js');

async function interrupt(t: ExecutionContext, signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): Promise<{code: number; output: string}> {
	const configDirectory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-signal-'));
	t.teardown(async () => rm(configDirectory, {recursive: true, force: true}));
	return new Promise((resolve, reject) => {
		const child = pty.spawn(cliNode, [cli, '--sandbox'], {
			cols: 80,
			rows: 24,
			// Without CI in the environment: under CI=true Ink draws nothing until exit.
			env: childEnvironment({}, configDirectory) as Record<string, string>,
		});
		let output = '';
		let sent = false;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`No region list within the time limit:\n${output}`));
		}, 60_000);
		child.onData(data => {
			output += data;
			if (!sent && output.includes('cn-hangzhou')) {
				sent = true;
				child.kill(signal);
			}
		});
		child.onExit(({exitCode}) => {
			clearTimeout(timer);
			resolve({code: exitCode, output});
		});
	});
}

test.before(t => {
	if (!existsSync(cli)) {
		t.log('dist/cli.js missing: run npm run build first');
	}
});

for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129],
] as const) {
	test.serial(`${signal} restores the cursor and exits ${code}`, async t => {
		const result = await interrupt(t, signal);
		t.is(result.code, code);
		const afterSignal = result.output.slice(result.output.lastIndexOf('cn-hangzhou'));
		t.true(afterSignal.includes('\u001B[?25h'), 'cursor shown again');
		t.notRegex(result.output, /at .+\.js:\d+/, 'no stack trace');
	});
}
