// How the CLI is bundled, in one place: scripts/build.mjs builds the product with it, and the
// benchmark bundles its bare-Ink baseline with it, so the two differ only in what the program does.
// One ESM file with lazily loaded chunks: a bundled Ink app starts ~2.4x faster than tsc output, and
// the API client and sandbox load after the first frame.
import {inkIncrementalFix} from './ink-incremental-fix.mjs';
import {inkOneWrite} from './ink-one-write.mjs';
import {inkOutputRows} from './ink-output-rows.mjs';
import {inkTextCache} from './ink-text-cache.mjs';
import {stringWidthFastPath} from './string-width-fast-path.mjs';
import {yogaWithoutFetch} from './yoga-without-fetch.mjs';

/** esbuild options for `entryPoints` (name → source path) written to `outdir`. */
export const bundleOptions = (entryPoints, outdir) => ({
	entryPoints,
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	sourcemap: false,
	legalComments: 'none',
	// Minified: half the source text for V8 to hold (the bundle is ~1.7 MB rather than ~3 MB); no
	// stack trace is ever shown to a user, so readable names buy nothing at run time.
	minify: true,
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; never ship it.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
	banner: {
		js: [
			'#!/usr/bin/env node',
			// CommonJS dependencies (the Alibaba SDK) call require(); give the ESM bundle one.
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	plugins: [inkIncrementalFix, inkOutputRows, inkTextCache, inkOneWrite, yogaWithoutFetch, stringWidthFastPath],
	logLevel: 'warning',
});
