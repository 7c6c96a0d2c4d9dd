// What the built wizard loads before its first frame: cli.js, the wizard's chunk and the chunks
// they import statically. node:crypto and node:v8 are needed only after the first frame (a token,
// a key's hash, the heap flags), and loading them statically slowed every start (README, Performance).
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';

const dist = path.resolve(import.meta.dirname, '../../dist');

/** The files of the static import closure of `start`, with their text. */
async function staticClosure(start: string[]): Promise<Map<string, string>> {
	const seen = new Map<string, string>();
	const pending = [...start];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) {
			continue;
		}

		const text = await readFile(path.join(dist, file), 'utf8');
		seen.set(file, text);
		for (const match of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+)["']/g)) {
			pending.push(match[1]!);
		}
	}

	return seen;
}

test('the wizard\'s first frame loads neither node:crypto nor node:v8', async t => {
	const wizardChunk = (await readdir(dist)).find(file => /^run-wizard-[\w-]+\.js$/.test(file));
	t.truthy(wizardChunk, 'dist/ is built');
	const closure = await staticClosure(['cli.js', wizardChunk!]);
	t.true(closure.size > 3, `${closure.size} files before the first frame`);
	for (const [file, text] of closure) {
		t.false(/(?:from|import)\s*["']node:(?:crypto|v8)["']/.test(text), `${file} imports node:crypto or node:v8`);
	}
});

test('the wizard\'s first frame is drawn before the App and the domain load (the field catalogue, ipaddr.js)', async t => {
	const files = await readdir(dist);
	const wizardChunk = files.find(file => /^run-wizard-[\w-]+\.js$/.test(file));
	const closure = await staticClosure(['cli.js', wizardChunk!]);
	// Markers that survive minification: an API field name the catalogue spells, ipaddr.js's own error.
	const markers = [/IkeLifetime/, /neither IPv6 nor IPv4/];
	for (const marker of markers) {
		t.true(await Promise.any(files.filter(file => file.endsWith('.js')).map(async file => {
			if (marker.test(await readFile(path.join(dist, file), 'utf8'))) {
				return true;
			}

			throw new Error('not here');
		})), `the bundle carries ${String(marker)}`);
		for (const [file, text] of closure) {
			t.false(marker.test(text), `${file}, loaded before the first frame, carries ${String(marker)}`);
		}
	}
});
