// The build's line-skip patch (scripts/ink-line-skips.mjs) moves past a run of unchanged lines in
// one cursor move: replayed through a terminal emulator, every sequence of frames must leave the
// same screen and cursor as Ink's renderer with the cursor fix alone, in fewer bytes; and the
// build must fail when Ink's code no longer matches.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {build, type Plugin} from 'esbuild';
import fc from 'fast-check';
import xterm from '@xterm/headless';
import {fixCursorUp, inkIncrementalFix} from '../../scripts/ink-incremental-fix.mjs';
import {coalesceLineSkips} from '../../scripts/ink-line-skips.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const logUpdatePath = path.join(projectRoot, 'node_modules/ink/build/log-update.js');

type Render = ((text: string) => boolean) & {clear(): void};
type LogUpdate = {create(stream: {write(chunk: string): boolean; columns: number; rows: number}, options: {incremental: boolean}): Render};

/** The cursor fix alone, as the bundle carried it before the line-skip patch. */
const cursorFixOnly: Plugin = {
	name: 'cursor-fix-only',
	setup(esbuild) {
		esbuild.onLoad({filter: /[\\/]ink[\\/]build[\\/]log-update\.js$/}, async ({path: file}) => ({contents: fixCursorUp(await readFile(file, 'utf8'), file), loader: 'js'}));
	},
};

let copies: Promise<{patched: LogUpdate; before: LogUpdate}> | undefined;
let directory: string | undefined;
async function logUpdates() {
	copies ??= (async () => {
		directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-line-skips-'));
		const entry = path.join(directory, 'entry.js');
		await writeFile(entry, `export {default} from ${JSON.stringify(logUpdatePath)};`);
		const bundle = async (name: string, plugin: Plugin) => {
			const outfile = path.join(directory!, `${name}.mjs`);
			await build({entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', plugins: [plugin], absWorkingDir: projectRoot, logLevel: 'silent', banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}});
			return ((await import(outfile)) as {default: LogUpdate}).default;
		};

		return {patched: await bundle('patched', inkIncrementalFix), before: await bundle('before', cursorFixOnly)};
	})();
	return copies;
}

test.after.always(async () => {
	if (directory) {
		await rm(directory, {recursive: true, force: true});
	}
});

const columns = 30;
const rows = 8;

/** A terminal fed by a log-update, as the wizard's frames reach the user's screen. */
function screen(logUpdate: LogUpdate) {
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 100});
	let bytes = 0;
	const pending: string[] = [];
	const render = logUpdate.create({write(chunk) {
		bytes += chunk.length;
		pending.push(chunk);
		return true;
	}, columns, rows}, {incremental: true});
	return {
		render,
		get bytes() {
			return bytes;
		},
		/** Everything written so far, parsed: the buffer's lines (scrollback too) and the cursor. */
		async contents() {
			const data = pending.splice(0).join('');
			await new Promise<void>(resolve => {
				terminal.write(data, resolve);
			});
			const buffer = terminal.buffer.active;
			const lines = Array.from({length: buffer.length}, (_, index) => buffer.getLine(index)?.translateToString(true) ?? '');
			return {lines, cursor: [buffer.cursorX, buffer.cursorY, buffer.baseY]};
		},
	};
}

// Lines from a small set, so frames share many lines (the case the patch changes), some coloured.
const line = fc.constantFrom('Step 3 of 10 · Basics', '', 'Name: platform-admins', '  vpn-users\u001B[7m \u001B[27m', '\u001B[31mx bad pool\u001B[39m', 'Enter next · Esc back', '北京 office', 'a');
const frame = fc.record({lines: fc.array(line, {minLength: 1, maxLength: 12}), trailingNewline: fc.boolean()}).map(({lines, trailingNewline}) => `${lines.join('\n')}${trailingNewline ? '\n' : ''}`);
// Frames that mostly change one line of the one before, as typing does, with some jumps between.
const frames = fc.tuple(frame, fc.array(fc.oneof(frame, fc.tuple(fc.nat(), line).map(([index, text]) => ({index, text}))), {maxLength: 12})).map(([first, rest]) => {
	const sequence = [first];
	for (const next of rest) {
		if (typeof next === 'string') {
			sequence.push(next);
		} else {
			const lines = sequence.at(-1)!.split('\n');
			lines[next.index % lines.length] = next.text;
			sequence.push(lines.join('\n'));
		}
	}

	return sequence;
});

test('every sequence of frames leaves the same screen and cursor as before the patch', async t => {
	const {patched, before} = await logUpdates();
	await fc.assert(
		fc.asyncProperty(frames, async sequence => {
			const now = screen(patched);
			const then = screen(before);
			for (const text of sequence) {
				now.render(text);
				then.render(text);
				t.deepEqual(await now.contents(), await then.contents());
			}
		}),
		{numRuns: 150},
	);
});

test('a key on a tall frame moves past the unchanged lines in one move each side, in fewer bytes', async t => {
	const {patched, before} = await logUpdates();
	const now = screen(patched);
	const then = screen(before);
	const tall = (value: string) => `${['a', 'b', 'c', 'd', 'e', 'f'].join('\n')}\n${value}\n${['g', 'h', 'i', 'j', 'k', 'l', 'm'].join('\n')}\n`;
	for (const each of [now, then]) {
		each.render(tall('vpn'));
	}

	const [nowBefore, thenBefore] = [now.bytes, then.bytes];
	now.render(tall('vpnx'));
	then.render(tall('vpnx'));
	t.deepEqual(await now.contents(), await then.contents());
	t.true(now.bytes - nowBefore < then.bytes - thenBefore - 30, `${now.bytes - nowBefore} B against ${then.bytes - thenBefore} B`);
});

test('the patch fails the build when Ink\'s log-update no longer matches', async t => {
	const source = await readFile(logUpdatePath, 'utf8');
	t.notThrows(() => coalesceLineSkips(source));
	t.throws(() => coalesceLineSkips(source.replace('buffer.push(ansiEscapes.cursorNextLine);', 'buffer.push(ansiEscapes.cursorDown());')), {
		message: /ink-line-skips: .* changed \(skipLine not found once\)/,
	});
});
