// A test's own copy of Ink (or of one of its modules), bundled from node_modules with or without
// the build's patches, the way the patch tests compare patched Ink with Ink as it ships.
import path from 'node:path';
import {build, type Plugin} from 'esbuild';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Bundles `entry` to `outfile` with `plugins` (none: Ink as it ships) and imports it. */
export async function importInkCopy<Module>(entry: string, outfile: string, plugins: Plugin[]): Promise<Module> {
	await build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		plugins,
		absWorkingDir: projectRoot,
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		logLevel: 'silent',
	});
	return import(outfile) as Promise<Module>;
}
