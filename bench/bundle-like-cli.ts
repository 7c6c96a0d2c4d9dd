// Bundles a fixture with the options scripts/build.mjs uses for the CLI, so a baseline differs
// from the wizard only in what the program does, not in how it is packaged. Keep in step with
// scripts/build.mjs (which builds on import and so cannot be imported here).
import path from 'node:path';
import {build} from 'esbuild';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Bundles `entry` (relative to the project root) to `<outdir>/<name>.js`; returns that path. */
export async function bundleLikeCli(entry: string, outdir: string, name = 'main'): Promise<string> {
	await build({
		absWorkingDir: projectRoot,
		entryPoints: {[name]: entry},
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		sourcemap: false,
		legalComments: 'none',
		minifySyntax: true,
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
		banner: {
			js: [
				'#!/usr/bin/env node',
				"import {createRequire as __createRequire} from 'node:module';",
				'const require = __createRequire(import.meta.url);',
			].join('\n'),
		},
		logLevel: 'warning',
	});
	return path.join(outdir, `${name}.js`);
}
