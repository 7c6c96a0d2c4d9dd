import {execFileSync} from 'node:child_process';
import {chmod, open, writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {readPskFile} from '../../source/cli/read-psk-file.js';
import {startPty} from '../support/pty-session.js';
import {cliPath} from '../support/wizard-process.js';
import {childEnvironment} from '../support/child-env.js';
import {temporaryDirectory} from '../services/temporary-directory.js';

const fifoIn = async (t: Parameters<typeof temporaryDirectory>[0]): Promise<string> => {
	const fifo = path.join(await temporaryDirectory(t), 'psk.fifo');
	try {
		execFileSync('mkfifo', [fifo]);
	} catch {
		t.fail('mkfifo is missing: these tests need a FIFO');
	}

	return fifo;
};

test('the key is the file without its trailing newline', async t => {
	const file = path.join(await temporaryDirectory(t), 'psk.txt');
	await writeFile(file, 'N3w-Shared-Key\n', {mode: 0o600});
	t.deepEqual(await readPskFile(file), {psk: 'N3w-Shared-Key'});
});

test('a missing file or an unusable key is one sentence that never shows the key', async t => {
	const directory = await temporaryDirectory(t);
	t.regex((await readPskFile(path.join(directory, 'nope'))).error ?? '', /does not exist/);
	const file = path.join(directory, 'bad.txt');
	await writeFile(file, 'has a tab\there and é');
	const {error} = await readPskFile(file);
	t.truthy(error);
	t.false(error?.includes('has a tab'));
});

test('a key file other users can read is used, with a warning that says how to fix it', async t => {
	const file = path.join(await temporaryDirectory(t), 'psk.txt');
	await writeFile(file, 'N3w-Shared-Key\n');
	await chmod(file, 0o644);
	const result = await readPskFile(file);
	t.is(result.psk, 'N3w-Shared-Key');
	t.regex(result.warning ?? '', /can be read by other users \(mode 0644\); run chmod 600 /);
	await chmod(file, 0o600);
	t.is((await readPskFile(file)).warning, undefined);
});

test('a FIFO nobody writes to ends in one sentence after the time limit, without hanging', async t => {
	const fifo = await fifoIn(t);
	const waiting: string[] = [];
	const result = await readPskFile(fifo, {timeoutMs: 300, onWaiting: message => waiting.push(message)});
	t.regex(result.error ?? '', /Nothing was written to the PSK file .* within 0 s|within/);
	t.is(waiting.length, 1);
	t.regex(waiting[0]!, /Ctrl\+C stops/);
});

test('a FIFO is read once something writes the key to it', async t => {
	const fifo = await fifoIn(t);
	const result = readPskFile(fifo, {
		timeoutMs: 10_000,
		onWaiting() {
			void (async () => {
				const writer = await open(fifo, 'w');
				await writer.write('Piped-Shared-Key\n');
				await writer.close();
			})();
		},
	});
	t.deepEqual(await result, {psk: 'Piped-Shared-Key'});
});

for (const [how, code] of [
	['SIGTERM', 143],
	['Ctrl+C', 130],
] as const) {
	test.serial(`the wizard waiting on a FIFO says so and ends at once on ${how}`, async t => {
		const fifo = await fifoIn(t);
		const session = startPty({command: process.execPath, args: [cliPath, '--sandbox', '--psk-file', fifo], env: childEnvironment()});
		t.teardown(async () => session.kill());
		await session.waitForText('Waiting up to 30 s for the PSK to be written', {timeout: 20_000});
		if (how === 'SIGTERM') {
			session.signal('SIGTERM');
		} else {
			session.ctrlC();
		}

		const exit = await session.waitForExit({timeout: 10_000});
		t.is(exit.exitCode, code);
	});
}
