// The build's text cache (scripts/ink-text-cache.mjs) remembers each text node's string between
// frames: one Ink instance re-rendered through a sequence of changes (text typed, a colour or style
// switched on and off, rows added, removed and moved, memoised rows left alone) must draw every
// frame byte-for-byte as unpatched Ink draws it; and the build must fail when Ink's code no longer
// matches.
import {EventEmitter} from 'node:events';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {Plugin} from 'esbuild';
import fc from 'fast-check';
import {importInkCopy} from '../support/ink-copy.js';
import {inkTextCache, rememberSquashedText, rememberTextWidths} from '../../scripts/ink-text-cache.mjs';

// Colours on, so transforms do something (chalk reads this when the bundles load).
process.env['FORCE_COLOR'] = '3';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const inkBuild = path.join(projectRoot, 'node_modules/ink/build');

type Element = unknown;
type InkCopy = {
	render(tree: Element, options: Record<string, unknown>): {rerender(tree: Element): void; unmount(): void};
	React: {createElement(...args: unknown[]): Element; memo<P>(component: (props: P) => Element): unknown};
	Box: unknown;
	Text: unknown;
};

let copies: Promise<{patched: InkCopy; plain: InkCopy}> | undefined;
let directory: string | undefined;
async function inkCopies(): Promise<{patched: InkCopy; plain: InkCopy}> {
	copies ??= (async () => {
		directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-text-cache-'));
		const entry = path.join(directory, 'entry.js');
		await writeFile(
			entry,
			[
				`export {render, Box, Text} from ${JSON.stringify(path.join(inkBuild, 'index.js'))};`,
				`export {default as React} from ${JSON.stringify(path.join(projectRoot, 'node_modules/react/index.js'))};`,
			].join('\n'),
		);
		const bundle = async (name: string, plugins: Plugin[]) => importInkCopy<InkCopy>(entry, path.join(directory!, `${name}.mjs`), plugins);

		return {patched: await bundle('patched', [inkTextCache]), plain: await bundle('plain', [])};
	})();
	return copies;
}

test.after.always(async () => {
	if (directory) {
		await rm(directory, {recursive: true, force: true});
	}
});

/** A terminal that keeps the last frame Ink wrote (debug mode writes each frame whole). */
class FrameStream extends EventEmitter {
	lastFrame = '';
	columns = 60;
	rows = 30;
	isTTY = false;
	write = (frame: string) => {
		this.lastFrame = frame;
		return true;
	};
}

type Row = {key: number; label: string; value: string; color?: 'red' | 'cyan'; bold: boolean; mark: boolean};

const row = fc.record({
	key: fc.integer({min: 0, max: 9}),
	label: fc.constantFrom('Name', 'Local subnets', 'Client IP pool', '北京', 'Key 👍'),
	value: fc.string({unit: fc.constantFrom(...'ab01./ 北'), maxLength: 12}),
	color: fc.constantFrom(undefined, 'red' as const, 'cyan' as const),
	bold: fc.boolean(),
	mark: fc.boolean(),
});
const unique = (rows: Row[]) => rows.filter((each, index) => rows.findIndex(other => other.key === each.key) === index);
// A screen, then changes to it: a row's value or style changed, a row added or removed, rows moved.
const screens = fc.array(row, {minLength: 1, maxLength: 6}).chain(first =>
	fc.array(
		fc.oneof(
			fc.record({kind: fc.constant('value' as const), at: fc.nat(), value: fc.string({unit: fc.constantFrom(...'xy9-'), maxLength: 6})}),
			fc.record({kind: fc.constant('style' as const), at: fc.nat(), color: fc.constantFrom(undefined, 'red' as const, 'cyan' as const), bold: fc.boolean(), mark: fc.boolean()}),
			fc.record({kind: fc.constant('add' as const), at: fc.nat(), row}),
			fc.record({kind: fc.constant('remove' as const), at: fc.nat()}),
			fc.record({kind: fc.constant('move' as const), at: fc.nat()}),
			fc.constant({kind: 'same' as const}),
		),
		{maxLength: 12},
	).map(changes => {
		const sequence = [unique(first)];
		for (const change of changes) {
			const rows = [...sequence.at(-1)!];
			const at = 'at' in change ? change.at % Math.max(rows.length, 1) : 0;
			if (change.kind === 'value' && rows[at]) {
				rows[at] = {...rows[at], value: `${rows[at].value}${change.value}`};
			} else if (change.kind === 'style' && rows[at]) {
				rows[at] = {...rows[at], color: change.color, bold: change.bold, mark: change.mark};
			} else if (change.kind === 'add') {
				rows.splice(at, 0, {...change.row, key: Math.max(-1, ...rows.map(each => each.key)) + 1});
			} else if (change.kind === 'remove' && rows.length > 1) {
				rows.splice(at, 1);
			} else if (change.kind === 'move' && rows.length > 1) {
				rows.push(...rows.splice(at, 1));
			}

			sequence.push(rows);
		}

		return sequence;
	}),
);

/** The screen for a list of rows, with each copy's own React and Ink; rows memoised by value. */
function screenOf(copy: InkCopy) {
	const h = copy.React.createElement;
	const RowLine = copy.React.memo(({label, value, color, bold, mark}: Row) =>
		h(copy.Text, {color, bold}, mark ? h(copy.Text, {color: 'red'}, '✘ ') : '  ', h(copy.Text, {dimColor: true}, `${label}: `), h(copy.Text, {color: color === 'red' ? 'yellow' : undefined, underline: bold}, value), h(copy.Text, {inverse: true}, ' ')),
	);
	return (rows: Row[]) =>
		h(copy.Box, {flexDirection: 'column'}, h(copy.Text, {bold: true}, 'Step 3 of 10 · Basics'), ...rows.map(each => h(RowLine, {...each, key: each.key})), h(copy.Text, {wrap: 'truncate-end'}, rows.map(each => each.value).join(' · ')));
}

test('one instance re-rendered through changes draws every frame as unpatched Ink does', async t => {
	const {patched, plain} = await inkCopies();
	let frames = 0;
	fc.assert(
		fc.property(screens, sequence => {
			const drawn = [patched, plain].map(copy => {
				const stdout = new FrameStream();
				const screen = screenOf(copy);
				const instance = copy.render(screen(sequence[0]!), {stdout, stdin: new EventEmitter(), debug: true, patchConsole: false, exitOnCtrlC: false});
				const out = [stdout.lastFrame];
				for (const rows of sequence.slice(1)) {
					instance.rerender(screen(rows));
					out.push(stdout.lastFrame);
				}

				instance.unmount();
				return out;
			});
			frames += drawn[0]!.length;
			return drawn[0]!.every((frame, index) => frame === drawn[1]![index]);
		}),
		{numRuns: 150},
	);
	t.true(frames > 300);
});

test('the patch fails the build when Ink\'s text code no longer matches', async t => {
	const squash = await readFile(path.join(inkBuild, 'squash-text-nodes.js'), 'utf8');
	const render = await readFile(path.join(inkBuild, 'render-node-to-output.js'), 'utf8');
	t.notThrows(() => rememberSquashedText(squash));
	t.notThrows(() => rememberTextWidths(render));
	t.throws(() => rememberSquashedText(squash.replace('return sanitizeAnsi(text);', 'return text;')), {message: /ink-text-cache: .* changed/});
	t.throws(() => rememberTextWidths(render.replace('const currentWidth = widestLine(text);', 'const currentWidth = measure(text);')), {message: /widestCall not found once/});
});

test('the built CLI carries the patch', async t => {
	const {readdir} = await import('node:fs/promises');
	const files = (await readdir(path.join(projectRoot, 'dist'))).filter(file => file.endsWith('.js'));
	const text = (await Promise.all(files.map(async file => readFile(path.join(projectRoot, 'dist', file), 'utf8')))).join('\n');
	t.regex(text, /internal_squashed/);
});
