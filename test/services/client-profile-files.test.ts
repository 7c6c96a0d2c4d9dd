// Profile files may hold the key: 0600 whatever was there before, in a folder we make 0700; a folder
// the user already has keeps its own mode (we do not chmod someone's working directory).
import {chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {createClientProfileFiles} from '../../source/services/client-profile-files.js';

async function temporary(t: import('ava').ExecutionContext): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-files-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	return directory;
}

test('a new folder is 0700 and its files 0600 under a permissive umask', async t => {
	const root = await temporary(t);
	const previous = process.umask(0o000);
	try {
		const files = createClientProfileFiles(root);
		const folder = files.directoryFor('iss-bp1example');
		t.is(folder, path.join(root, 'ipsec-clients-iss-bp1example'));
		const written = await files.write(folder, [{fileName: 'swanctl.conf', content: 'x\n'}]);
		t.deepEqual(written, [path.join(folder, 'swanctl.conf')]);
		t.is((await stat(folder)).mode & 0o777, 0o700);
		t.is((await stat(written[0]!)).mode & 0o777, 0o600);
	} finally {
		process.umask(previous);
	}
});

test('an existing 0644 file is replaced by a 0600 one; an existing folder keeps its mode', async t => {
	const root = await temporary(t);
	const folder = path.join(root, 'mine');
	await mkdir(folder, {mode: 0o755});
	await chmod(folder, 0o755);
	await writeFile(path.join(folder, 'settings-card.txt'), 'old', {mode: 0o644});
	await createClientProfileFiles(root).write('mine', [{fileName: 'settings-card.txt', content: 'new\n'}]);
	t.is(await readFile(path.join(folder, 'settings-card.txt'), 'utf8'), 'new\n');
	t.is((await stat(path.join(folder, 'settings-card.txt'))).mode & 0o777, 0o600);
	t.is((await stat(folder)).mode & 0o777, 0o755);
});
