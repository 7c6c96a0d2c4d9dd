// Builds dist/cli.js (the `ipsec-wizard` command) and its chunks; `npm test`, `npm run sandbox` and
// `npm pack` (prepack) run it. No install-time script: the package is the built bundle.
import {build} from 'esbuild';
import {rm} from 'node:fs/promises';
import {bundleOptions} from './bundle-options.mjs';

await rm('dist', {recursive: true, force: true});
await build(bundleOptions({cli: 'source/cli/main.tsx'}, 'dist'));
