// Ink 6.8's incremental renderer moves past each unchanged line of a frame with its own
// cursor-next-line sequence (ESC [ E): a key typed on a full-screen step rewrites one line and
// spends most of its bytes moving past the others (README, Performance). A run of n such moves
// is one ESC [ n E: the same movement (down n rows to column 1, stopping at the bottom margin as
// each single move does), so the screen is the same (test/cli/ink-line-skips.test.ts replays
// frames through a terminal emulator both ways). Applied to log-update.js by ink-incremental-fix
// (one plugin per file); throws when Ink's code no longer matches.
import {expectEachOnce} from './source-patch.mjs';
const skipLine = `                if (!isLastLine || hasTrailingNewline) {
                    buffer.push(ansiEscapes.cursorNextLine);
                }
                continue;
            }
            buffer.push(ansiEscapes.cursorTo(0) +`;
const loopStart = `        for (let i = 0; i < visibleCount; i++) {
            const isLastLine = i === visibleCount - 1;
            // We do not write lines if the contents are the same. This prevents flickering during renders.`;
const loopEnd = `        }
        const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
        buffer.push(cursorSuffix);
        stream.write(buffer.join(''));`;

const flush = `if (skippedLines > 0) {
                buffer.push(skippedLines === 1 ? ansiEscapes.cursorNextLine : '\\u001B[' + skippedLines + 'E');
                skippedLines = 0;
            }`;

/** log-update.js with runs of unchanged lines skipped in one move; throws if Ink's code is not the expected one. */
export function coalesceLineSkips(source, path = 'log-update.js') {
	expectEachOnce(source, {skipLine, loopStart, loopEnd}, 'ink-line-skips', path);

	return source
		.replace(loopStart, `        let skippedLines = 0;\n${loopStart}`)
		.replace(skipLine, `                if (!isLastLine || hasTrailingNewline) {
                    skippedLines++;
                }
                continue;
            }
            ${flush}
            buffer.push(ansiEscapes.cursorTo(0) +`)
		.replace(loopEnd, `        }
        ${flush.replaceAll(/^ {4}/gm, '')}
        const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
        buffer.push(cursorSuffix);
        stream.write(buffer.join(''));`);
}
