// Run where there is no terminal (cron, a pipe, ssh without -t): the wizard must not hang or draw;
// it exits 2 with one sentence that says what to do instead.
import {spawn} from 'node:child_process';
import test from 'ava';
import {childEnvironment} from '../support/child-env.js';
import {startPty} from '../support/pty-session.js';
import {cliNode, cliPath} from '../support/wizard-process.js';

const run = async (args: string[]) => new Promise<{code: number | null; stdout: string; stderr: string}>((resolve, reject) => {
	const child = spawn(cliNode, [cliPath, ...args], {env: childEnvironment(), stdio: ['pipe', 'pipe', 'pipe']});
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

test('with pipes for stdin and stdout the wizard exits 2 with the sentence, and draws nothing', async t => {
	const result = await run(['--sandbox']);
	t.is(result.code, 2);
	t.is(result.stdout, '');
	t.regex(result.stderr.replaceAll('\n', ' '), /^The wizard needs a terminal, but neither standard input nor standard output is one: .*ssh -t.* $/);
	t.true(result.stderr.split('\n').every(line => line.length <= 80), 'wrapped to 80 columns when the width is unknown');
	t.false(result.stderr.includes('\u001B'), 'no escape sequences on a pipe');
});

test('with only stdout piped (ipsec-wizard | cat) the sentence names standard output', async t => {
	const session = startPty({command: '/bin/sh', args: ['-c', `"${cliNode}" "${cliPath}" --sandbox | cat; echo "exit=$?"`]});
	await session.waitForExit();
	t.regex(session.screenText(), /standard output is not one/);
	t.false(session.screenText().includes('Step 1'));
	t.deepEqual(session.wrappedRows(), [], 'the terminal never had to break a line (mid-word)');
});

test('with stdin from /dev/null the sentence names standard input and the exit code is 2', async t => {
	const session = startPty({command: '/bin/sh', args: ['-c', `"${cliNode}" "${cliPath}" --sandbox < /dev/null; echo "exit=$?"`]});
	await session.waitForExit();
	t.regex(session.screenText(), /standard input is not one/);
	t.regex(session.screenText(), /exit=2/);
});
