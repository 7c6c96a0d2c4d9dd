// The build's string-width fast path must give exactly what string-width gives, in both copies the
// bundle carries (Ink's 8, wrap-ansi's 7): the characters it trusts are checked against the
// unpatched code, and the patched code is compared with it on arbitrary text.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {build} from 'esbuild';
import fc from 'fast-check';
import stringWidth8 from 'string-width';
import {narrowCharacters, stringWidthFastPath} from '../../scripts/string-width-fast-path.mjs';
import stringWidth7 from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';

type StringWidth = (text: string, options?: {ambiguousIsNarrow?: boolean}) => number;
const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Both copies, bundled with the patch alone, loaded from a temporary folder. */
async function patchedCopies(t: {teardown(fn: () => Promise<void>): void}): Promise<{patched8: StringWidth; patched7: StringWidth}> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-string-width-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	const entry = path.join(directory, 'entry.js');
	await writeFile(
		entry,
		[
			`export {default as patched8} from ${JSON.stringify(path.join(projectRoot, 'node_modules/string-width/index.js'))};`,
			`export {default as patched7} from ${JSON.stringify(path.join(projectRoot, 'node_modules/wrap-ansi/node_modules/string-width/index.js'))};`,
		].join('\n'),
	);
	const outfile = path.join(directory, 'patched.mjs');
	await build({entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', plugins: [stringWidthFastPath], absWorkingDir: projectRoot, logLevel: 'silent'});
	return import(outfile) as Promise<{patched8: StringWidth; patched7: StringWidth}>;
}

const trusted = fc.string({unit: fc.constantFrom(...[...narrowCharacters], ...Array.from({length: 95}, (_, index) => String.fromCodePoint(0x20 + index)))});

test('every trusted character is one column in both unpatched copies, so a line of them is as wide as it is long', t => {
	for (const character of narrowCharacters) {
		t.is(stringWidth8(character), 1, character);
		t.is((stringWidth7 as StringWidth)(character), 1, character);
	}

	fc.assert(
		fc.property(trusted, text => stringWidth8(text) === text.length && (stringWidth7 as StringWidth)(text) === text.length),
	);
});

test('the patched copies agree with the unpatched ones on any text, with either ambiguous-width setting', async t => {
	const {patched8, patched7} = await patchedCopies(t);
	const anyText = fc.oneof(trusted, fc.string({unit: 'grapheme'}), fc.string({unit: 'binary'}));
	fc.assert(
		fc.property(anyText, fc.boolean(), (text, ambiguousIsNarrow) =>
			patched8(text, {ambiguousIsNarrow}) === stringWidth8(text, {ambiguousIsNarrow})
			&& patched7(text, {ambiguousIsNarrow}) === (stringWidth7 as StringWidth)(text, {ambiguousIsNarrow})),
		{numRuns: 500},
	);
	t.is(patched8('Step 1 of 10 · Connect'), 22);
	t.is(patched8('· ×', {ambiguousIsNarrow: false}), stringWidth8('· ×', {ambiguousIsNarrow: false}));
});

test('the built CLI carries the fast path in both copies', async t => {
	const {readdir, readFile} = await import('node:fs/promises');
	const files = (await readdir('dist')).filter(file => file.endsWith('.js'));
	const text = (await Promise.all(files.map(async file => readFile(path.join('dist', file), 'utf8')))).join('\n');
	t.is(text.split('\\u2026\\u2013\\u2014\\u00b7').length - 1, 2);
});
