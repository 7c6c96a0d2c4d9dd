// Which part of a long value to show on one line so the cursor is always visible: a value wider
// than the line scrolls horizontally instead of wrapping (wrapping would change the height).
// Counted in display cells: a CJK character takes two, and is shown whole or not at all.
import {displayWidth} from '../shell/display-width.js';

export type TextWindow = {before: string; atCursor: string; after: string; clippedStart: boolean; clippedEnd: boolean};

export function textWindow(value: string, cursor: number, width: number): TextWindow {
	const chars = [...value];
	const widths = chars.map(character => displayWidth(character));
	const length = chars.length;
	const at = Math.min(Math.max(cursor, 0), length);
	// One cell for the cursor past the end, and one for each clipping marker.
	const room = Math.max(width - 2, 4);
	const cells = (from: number, to: number): number => widths.slice(from, to).reduce((sum, each) => sum + each, 0);
	const cursorCells = at < length ? widths[at]! : 1;
	let start = 0;
	if (cells(0, length) + 1 > room) {
		// As far right as keeps the cursor in view, but no further than shows the end.
		let keepsCursor = at;
		while (keepsCursor > 0 && cells(keepsCursor - 1, at) + cursorCells <= room) {
			keepsCursor--;
		}

		let showsEnd = length;
		while (showsEnd > 0 && cells(showsEnd - 1, length) + 1 <= room) {
			showsEnd--;
		}

		start = Math.min(keepsCursor, showsEnd);
	}

	let end = start;
	let used = 0;
	while (end < length && used + widths[end]! <= room) {
		used += widths[end]!;
		end++;
	}

	return {
		before: chars.slice(start, at).join(''),
		atCursor: chars[at] ?? ' ',
		after: chars.slice(at + 1, Math.max(end, at + 1)).join(''),
		clippedStart: start > 0,
		clippedEnd: end < length,
	};
}
