// Builds dist/cli.js (the `ipsec-wizard` command) and its chunks; `prepare` runs it on `npm ci`.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';
import {bundleOptions} from './bundle-options.mjs';

await rm('dist', {recursive: true, force: true});
await build(bundleOptions({cli: 'source/cli/main.tsx'}, 'dist'));
