import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {readPskFile} from '../../source/cli/read-psk-file.js';
import {temporaryDirectory} from '../services/temporary-directory.js';

test('the key is the file without its trailing newline', async t => {
	const file = path.join(await temporaryDirectory(t), 'psk.txt');
	await writeFile(file, 'N3w-Shared-Key\n');
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
