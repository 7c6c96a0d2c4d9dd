// The build's Ink output patch (scripts/ink-output-rows.mjs) builds only the rows whose writes
// changed since an earlier frame: every frame must come out byte-for-byte as unpatched Ink makes it,
// frame after frame (so the caches shared across frames are exercised), and the build must fail
// when Ink's code no longer matches.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {Plugin} from 'esbuild';
import fc from 'fast-check';
import {importInkCopy} from '../support/ink-copy.js';
import {inkOutputRows, patchInkOutput} from '../../scripts/ink-output-rows.mjs';

// Colours on, as on the terminals the wizard draws for (chalk reads this when the bundles load).
process.env['FORCE_COLOR'] = '3';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const inkOutput = path.join(projectRoot, 'node_modules/ink/build/output.js');

type Transformer = (line: string, index: number) => string;
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
	| {type: 'unclip'};
type OutputInstance = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: Record<string, number | undefined>): void;
	unclip(): void;
	get(): {output: string; height: number};
};
type OutputClass = new (options: {width: number; height: number}) => OutputInstance;
type InkCopy = {
	Output: OutputClass;
	renderToString(node: unknown, options?: {columns?: number}): string;
	React: {createElement(...args: unknown[]): unknown};
	Box: unknown;
	Text: unknown;
};

/** Ink bundled twice from the same files, with the patch and without it, loaded from a temporary folder. */
async function bundleInkCopies(directory: string): Promise<{patched: InkCopy; plain: InkCopy}> {
	const entry = path.join(directory, 'entry.js');
	await writeFile(
		entry,
		[
			`export {default as Output} from ${JSON.stringify(inkOutput)};`,
			`export {renderToString, Box, Text} from ${JSON.stringify(path.join(projectRoot, 'node_modules/ink/build/index.js'))};`,
			`export {default as React} from ${JSON.stringify(path.join(projectRoot, 'node_modules/react/index.js'))};`,
		].join('\n'),
	);
	const bundle = async (name: string, plugins: Plugin[]) => importInkCopy<InkCopy>(entry, path.join(directory, `${name}.mjs`), plugins);

	return {patched: await bundle('patched', [inkOutputRows]), plain: await bundle('plain', [])};
}

let copies: Promise<{patched: InkCopy; plain: InkCopy}> | undefined;
let copiesDirectory: string | undefined;
/** Both copies, bundled once for the file's tests. */
async function inkCopies(): Promise<{patched: InkCopy; plain: InkCopy}> {
	copies ??= mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-ink-output-')).then(async directory => {
		copiesDirectory = directory;
		return bundleInkCopies(directory);
	});
	return copies;
}

test.after.always(async () => {
	if (copiesDirectory) {
		await rm(copiesDirectory, {recursive: true, force: true});
	}
});

const sgr = (code: string) => `\u001B[${code}m`;
const styled = (open: string, close: string): Transformer => line => `${sgr(open)}${line}${sgr(close)}`;
const transformers: Transformer[] = [
	styled('31', '39'),
	styled('1', '22'),
	styled('7', '27'),
	styled('38;5;208', '39'),
	styled('48;2;10;20;30', '49'),
	(line, index) => (index % 2 === 0 ? `${sgr('4')}${line}${sgr('24')}` : line),
];

// Pieces of a line: ASCII, the screens' symbols, wide characters (CJK, emoji), and colour codes
// left open or closed mid-line.
const piece = fc.oneof(
	fc.string({unit: fc.constantFrom(...'abc xyz-./:0123456789'), maxLength: 12}),
	fc.constantFrom('·', '…', '❯', '✘', '●', '─', '│', '╭', '╮'),
	fc.constantFrom('办公室', '北京', '東京', 'é', '👍', '🇨🇳', 'ｗｉｄｅ'),
	fc.constantFrom(sgr('32'), sgr('39'), sgr('1'), sgr('22'), sgr('0'), sgr('7'), sgr('27'), sgr('2'), sgr('38;5;12'), sgr('48;2;1;2;3')),
);
const line = fc.array(piece, {maxLength: 8}).map(pieces => pieces.join(''));
// Several lines in one write: wrapped text, as Ink writes it.
const text = fc.array(line, {minLength: 1, maxLength: 4}).map(lines => lines.join('\n'));
const operation: fc.Arbitrary<Operation> = fc.oneof(
	{weight: 6, arbitrary: fc.record({
		type: fc.constant('write' as const),
		x: fc.integer({min: 0, max: 30}),
		y: fc.integer({min: 0, max: 7}),
		text,
		transformers: fc.subarray(transformers, {maxLength: 2}),
	})},
	{weight: 1, arbitrary: fc.record({
		type: fc.constant('clip' as const),
		clip: fc.record({x1: fc.integer({min: 0, max: 10}), x2: fc.integer({min: 5, max: 40}), y1: fc.integer({min: 0, max: 3}), y2: fc.integer({min: 2, max: 8})}, {requiredKeys: []}),
	})},
	{weight: 1, arbitrary: fc.constant({type: 'unclip' as const})},
);
const frame = fc.record({width: fc.integer({min: 1, max: 40}), height: fc.integer({min: 1, max: 8}), operations: fc.array(operation, {maxLength: 14})});

function draw(Output: OutputClass, {width, height, operations}: {width: number; height: number; operations: Operation[]}) {
	const output = new Output({width, height});
	for (const step of operations) {
		if (step.type === 'write') {
			output.write(step.x, step.y, step.text, {transformers: step.transformers});
		} else if (step.type === 'clip') {
			output.clip(step.clip);
		} else {
			output.unclip();
		}
	}

	return output.get();
}

test('every frame is byte-for-byte what unpatched Ink makes, frame after frame: colours, wide characters, wrapped and clipped text', async t => {
	const {patched, plain} = await inkCopies();
	// Each run draws a sequence of frames, some repeated and some changed by one write, on the
	// same patched module, as a screen is redrawn key after key.
	fc.assert(
		fc.property(fc.array(frame, {minLength: 1, maxLength: 6}), fc.array(fc.nat(), {maxLength: 6}), (frames, repeats) => {
			// A row's writes moved sideways, or the same writes on a wider output, must not be
			// taken for the row drawn before.
			const moved = frames.map(each => ({...each, operations: each.operations.map(step => (step.type === 'write' ? {...step, x: step.x + 1} : step))}));
			const wider = frames.map(each => ({...each, width: each.width + 3}));
			const sequence = [...frames, ...moved, ...wider, ...repeats.map(index => frames[index % frames.length]!)];
			for (const each of sequence) {
				const expected = draw(plain.Output, each);
				const actual = draw(patched.Output, each);
				if (actual.output !== expected.output || actual.height !== expected.height) {
					return false;
				}
			}

			return true;
		}),
		{numRuns: 200},
	);
	// The property's frames do carry colour and wide characters.
	const sample = draw(plain.Output, {width: 20, height: 2, operations: [{type: 'write', x: 1, y: 0, text: '北京 ok\nnext', transformers: [transformers[0]!]}]});
	t.is(sample.output, ` ${sgr('31')}北京 ok${sgr('39')}\n ${sgr('31')}next${sgr('39')}`);
});

test('screens rendered by Ink are the same with the patch: a form step, redrawn key by key', async t => {
	const {patched, plain} = await inkCopies();
	const screen = ({React, Box, Text}: InkCopy, value: string, focus: number) => {
		const h = React.createElement;
		const row = (label: string, index: number) =>
			h(Box, {key: label}, h(Text, {color: index === focus ? 'cyan' : undefined, bold: index === focus}, index === focus ? '❯ ' : '  ', label), h(Text, {dimColor: true}, ' · now 北京办公室'));
		return h(
			Box,
			{flexDirection: 'column', borderStyle: 'round', width: 60},
			h(Text, {inverse: true}, 'Step 3 of 10 · Basics'),
			...['Name', 'Local subnets', 'Client IP pool'].map(row),
			h(Box, {paddingLeft: 2}, h(Text, {}, value), h(Text, {inverse: true}, ' ')),
			h(Text, {wrap: 'wrap', color: 'yellow'}, `A long advisory line that Ink wraps over several rows of the frame, with 東京 and 👍 in it: ${value}`),
			h(Text, {wrap: 'truncate-end', backgroundColor: 'blue'}, `${'truncated '.repeat(10)}${value}`),
			h(Text, {color: '#ff8800'}, 'Enter next · Ctrl+G review · Tab field · Esc back'),
		);
	};

	let value = 'platform-admins';
	let drawn = 0;
	for (let key = 0; key < 40; key++) {
		value = key % 3 === 2 ? value.slice(0, -1) : `${value}${'a北b'[key % 3]}`;
		for (const columns of [80, 44]) {
			const expected = plain.renderToString(screen(plain, value, key % 3), {columns});
			t.is(patched.renderToString(screen(patched, value, key % 3), {columns}), expected);
			drawn++;
		}
	}

	t.is(drawn, 80);
	t.regex(plain.renderToString(screen(plain, value, 0)), /\u001B\[36m/, 'the frames carry colour');
});

test('the patch fails the build when Ink\'s output code no longer matches', async t => {
	const source = await readFile(inkOutput, 'utf8');
	t.notThrows(() => patchInkOutput(source));
	t.throws(() => patchInkOutput(source.replace('const characters = this.caches.getStyledChars(line);', 'const characters = styledCharsFromTokens(tokenize(line));')), {
		message: /ink-output-rows: .* changed \(placeCells not found once\)/,
	});
	t.throws(() => patchInkOutput(source.replace('caches = new OutputCaches();', 'caches = sharedCaches;')), {message: /cachesField not found once/});
});

test('the built CLI carries the patch', async t => {
	const {readdir} = await import('node:fs/promises');
	const files = (await readdir(path.join(projectRoot, 'dist'))).filter(file => file.endsWith('.js'));
	const text = (await Promise.all(files.map(async file => readFile(path.join(projectRoot, 'dist', file), 'utf8')))).join('\n');
	t.regex(text, /\.rows\.get\(/);
});
