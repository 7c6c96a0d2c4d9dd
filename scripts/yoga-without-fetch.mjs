// yoga-layout 3.2 (Ink's layout engine) embeds its WebAssembly as a data: URL and loads it with
// fetch() whenever fetch exists. On Node 20 the first touch of fetch loads undici, and undici then
// decodes ~90 KB of base64: about 40 ms of every start, before the first frame, to read bytes the
// module already holds. Without fetch, yoga's own fallback decodes them synchronously. The build
// fails if yoga's loader no longer matches, so an upgrade can't skip this silently.
import {readFile} from 'node:fs/promises';

const fetchCheck = '"function"!=typeof fetch';
const expectedChecks = 2;

export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const checks = source.split(fetchCheck).length - 1;
			if (checks !== expectedChecks) {
				throw new Error(`yoga-without-fetch: ${path} changed (${checks} fetch checks, expected ${expectedChecks}); check whether the patch is still needed.`);
			}

			// `!0` reads as "fetch is not a function": the synchronous path.
			return {contents: source.replaceAll(fetchCheck, '!0'), loader: 'js'};
		});
	},
};
