// Which part of a long value to show on one line so the cursor is always visible: a value wider
// than the line scrolls horizontally instead of wrapping (wrapping would change the height).
export type TextWindow = {before: string; atCursor: string; after: string; clippedStart: boolean; clippedEnd: boolean};

export function textWindow(value: string, cursor: number, width: number): TextWindow {
	const chars = [...value];
	const at = Math.min(Math.max(cursor, 0), chars.length);
	// One column for the cursor cell past the end, and one for each clipping marker.
	const room = Math.max(width - 2, 4);
	let start = 0;
	if (chars.length + 1 > room) {
		start = Math.min(Math.max(at - room + 1, 0), chars.length + 1 - room);
		start = Math.max(start, 0);
	}

	const end = Math.min(start + room, chars.length + 1);
	return {
		before: chars.slice(start, at).join(''),
		atCursor: chars[at] ?? ' ',
		after: chars.slice(at + 1, end).join(''),
		clippedStart: start > 0,
		clippedEnd: end < chars.length,
	};
}
