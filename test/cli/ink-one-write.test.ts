// The build's one-write patch (scripts/ink-one-write.mjs): on a terminal with synchronized output,
// each frame reaches the terminal in one write, begin mark to end mark, and the bytes are exactly
// what unpatched Ink writes in three; the build fails when Ink's code no longer matches.
import {EventEmitter} from 'node:events';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import test from 'ava';
import type {Plugin} from 'esbuild';
import {importInkCopy} from '../support/ink-copy.js';
import {inkOneWrite, writeFramesAtOnce} from '../../scripts/ink-one-write.mjs';

// Ink synchronizes frames only outside CI (is-in-ci reads this when the bundles load).
process.env['CI'] = 'false';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const inkSource = path.join(projectRoot, 'node_modules/ink/build/ink.js');
const bsu = '\u001B[?2026h';
const esu = '\u001B[?2026l';

type Instance = {rerender(node: unknown): void; unmount(): void};
type InkCopy = {
	render(node: unknown, options: Record<string, unknown>): Instance;
	Text: unknown;
	React: {createElement(...args: unknown[]): unknown};
};

let directory: string | undefined;
async function inkCopies(): Promise<{patched: InkCopy; plain: InkCopy}> {
	directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-one-write-'));
	const entry = path.join(directory, 'entry.js');
	await writeFile(entry, [
		`export {render, Text} from ${JSON.stringify(path.join(projectRoot, 'node_modules/ink/build/index.js'))};`,
		`export {default as React} from ${JSON.stringify(path.join(projectRoot, 'node_modules/react/index.js'))};`,
	].join('\n'));
	const bundle = async (name: string, plugins: Plugin[]) => importInkCopy<InkCopy>(entry, path.join(directory!, `${name}.mjs`), plugins);

	return {patched: await bundle('patched', [inkOneWrite]), plain: await bundle('plain', [])};
}

test.after.always(async () => {
	if (directory) {
		await rm(directory, {recursive: true, force: true});
	}
});

/** A terminal-like stdout that records each write. */
function fakeTerminal() {
	const writes: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {
		isTTY: true,
		columns: 40,
		rows: 10,
		write(chunk: string) {
			writes.push(String(chunk));
			return true;
		},
	});
	return {stdout, writes};
}

async function until(condition: () => boolean): Promise<void> {
	while (!condition()) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** The same frames drawn by one copy of Ink: a few lines, one of them changed key by key. */
async function drawFrames({render, Text, React}: InkCopy, values: string[]): Promise<string[]> {
	const {stdout, writes} = fakeTerminal();
	const screen = (value: string) => React.createElement(Text, {}, `Step 3 of 10\n\nName: ${value}\nEnter next · Esc back`);
	const stdin = Object.assign(new PassThrough(), {isTTY: false});
	const instance = render(screen(values[0]!), {stdout, stdin, patchConsole: false, exitOnCtrlC: false, incrementalRendering: true, maxFps: 1000});
	await until(() => writes.join('').includes(`Name: ${values[0]}`));
	for (const value of values.slice(1)) {
		instance.rerender(screen(value));
		await until(() => writes.join('').includes(`Name: ${value}\u001B[K`));
	}

	const drawn = [...writes];
	instance.unmount();
	return drawn;
}

test('each frame is one write from the begin mark to the end mark, and the bytes are what Ink writes in three', async t => {
	const {patched, plain} = await inkCopies();
	const values = ['vpn', 'vpnx', 'vpnxy', 'vpnz', '北京', 'a'];
	const now = await drawFrames(patched, values);
	const before = await drawFrames(plain, values);
	t.is(now.join(''), before.join(''));
	const frames = now.filter(chunk => chunk.includes('Name: '));
	t.true(frames.length >= values.length - 1, `${frames.length} frames`);
	for (const frame of frames) {
		t.true(frame.startsWith(bsu) && frame.endsWith(esu), JSON.stringify(frame));
	}

	t.true(now.length < before.length, `${now.length} writes against ${before.length}`);
});

test('the patch fails the build when Ink\'s renderer no longer matches', async t => {
	const source = await readFile(inkSource, 'utf8');
	t.notThrows(() => writeFramesAtOnce(source));
	t.throws(() => writeFramesAtOnce(source.replace('this.options.stdout.write(bsu);', 'this.options.stdout.write(bsu + "");')), {
		message: /ink-one-write: .* changed \(threeWrites not found once\)/,
	});
});
