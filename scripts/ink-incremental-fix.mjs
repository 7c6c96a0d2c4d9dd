// Ink 6.8.0's incremental log-update returns to the top of the previous frame with
// cursorUp(lines - 1). That is right only for a frame without a trailing newline (a full-screen
// frame); every shorter frame ends in '\n', leaves the cursor one row lower, and each redraw lands
// one row down, leaving the old first line behind. Ink 7 needs Node 22, so the bundle carries this
// one-line fix. The build fails if Ink's code no longer matches, so an upgrade can't skip it silently.
import {patchOnLoad} from './source-patch.mjs';
import {coalesceLineSkips} from './ink-line-skips.mjs';

const broken = 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));';
const fixed =
	"buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));";

/** log-update.js with the cursor fix alone; throws if Ink's code is not the expected one. */
export function fixCursorUp(source, path = 'log-update.js') {
	if (!source.includes(broken)) {
		throw new Error(`ink-incremental-fix: ${path} changed; check whether the fix is still needed.`);
	}

	return source.replace(broken, fixed);
}

// The same file's second patch (esbuild loads a file through one plugin): see ink-line-skips.mjs.
export const inkIncrementalFix = patchOnLoad('ink-incremental-fix', {
	filter: /[\\/]ink[\\/]build[\\/]log-update\.js$/,
	patch: (source, path) => coalesceLineSkips(fixCursorUp(source, path), path),
});
