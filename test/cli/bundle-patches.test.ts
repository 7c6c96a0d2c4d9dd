// The two patches the build applies to dependencies: each must fail the build when the code it
// patches changes, and the built CLI must carry them.
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {build, type PluginBuild} from 'esbuild';
import {bundleOptions} from '../../scripts/bundle-options.mjs';
import {yogaWithoutFetch} from '../../scripts/yoga-without-fetch.mjs';

const bundleText = async (directory: string): Promise<string> => {
	const files = (await readdir(directory)).filter(file => file.endsWith('.js'));
	const texts = await Promise.all(files.map(async file => readFile(path.join(directory, file), 'utf8')));
	return texts.join('\n');
};

test('the built CLI never reaches for fetch, so start-up does not load undici to decode yoga', async t => {
	const text = await bundleText(path.resolve('dist'));
	t.true(text.length > 0, 'dist/ is built');
	t.notRegex(text, /typeof fetch/);
	t.notRegex(text, /undici/);
});

test('the yoga patch fails the build when yoga\'s loader no longer matches', async t => {
	const onLoads: Array<(args: {path: string}) => Promise<unknown>> = [];
	const fakeBuild = {
		onLoad(_options: unknown, callback: (args: {path: string}) => Promise<unknown>) {
			onLoads.push(callback);
		},
	};
	await yogaWithoutFetch.setup(fakeBuild as unknown as PluginBuild);
	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-yoga-'));
	const loader = path.join(directory, 'yoga-wasm-base64-esm.js');
	await writeFile(loader, 'export const loader = () => "function"!=typeof fetch;');
	try {
		await t.throwsAsync(onLoads[0]!({path: loader}), {message: /changed \(1 fetch checks, expected 2\)/});
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('the bundle options build the bare Ink baseline with the same patches', async t => {
	const options = bundleOptions({probe: 'bench/fixtures/bare-ink.tsx'}, path.join(os.tmpdir(), 'ipsec-wizard-bundle-probe'));
	t.deepEqual(
		options.plugins.map(plugin => plugin.name),
		['ink-incremental-fix', 'ink-output-rows', 'ink-text-cache', 'ink-one-write', 'yoga-without-fetch', 'string-width-fast-path'],
	);
	const result = await build({...options, write: false});
	const text = (result.outputFiles ?? []).map(file => file.text).join('\n');
	t.notRegex(text, /typeof fetch/);
	// Minified, the '\n' becomes a template literal holding a newline.
	t.regex(text, /\.endsWith\((?:`\n`|["']\\n["'])\)\?0:1/, 'the incremental-rendering fix');
});
