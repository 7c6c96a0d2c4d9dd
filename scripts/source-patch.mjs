// What the build's patches to dependencies share: each checks that the code it replaces is there,
// exactly once, before replacing it (so an upgrade that moves it fails the build rather than
// shipping unpatched), and each is applied by an esbuild plugin when the file is loaded.
import {readFile} from 'node:fs/promises';

/** Throws unless each part occurs exactly once in `source`; `parts` maps a name to the text. */
export function expectEachOnce(source, parts, patchName, path) {
	for (const [name, part] of Object.entries(parts)) {
		if (source.split(part).length !== 2) {
			throw new Error(`${patchName}: ${path} changed (${name} not found once); check whether the patch still fits.`);
		}
	}
}

/** An esbuild plugin that loads each file matching a filter through its patch (source, path) → source. */
export const patchOnLoad = (name, ...patches) => ({
	name,
	setup(build) {
		for (const {filter, patch} of patches) {
			build.onLoad({filter}, async ({path}) => ({contents: patch(await readFile(path, 'utf8'), path), loader: 'js'}));
		}
	},
});
