// Bundles a fixture exactly as the CLI is bundled (scripts/bundle-options.mjs), so a baseline
// differs from the wizard only in what the program does, not in how it is packaged.
import path from 'node:path';
import {build} from 'esbuild';
import {bundleOptions} from '../scripts/bundle-options.mjs';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Bundles `entry` (relative to the project root) to `<outdir>/<name>.js`; returns that path. */
export async function bundleLikeCli(entry: string, outdir: string, name = 'main'): Promise<string> {
	await build({...bundleOptions({[name]: entry}, outdir), absWorkingDir: projectRoot});
	return path.join(outdir, `${name}.js`);
}
