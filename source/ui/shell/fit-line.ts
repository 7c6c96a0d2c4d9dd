// Cuts a line to the terminal's width with the environment's ellipsis, counting display columns
// (a CJK character takes two). Ink's own truncation always uses `…`, which an ASCII-only terminal
// shows as garbage.
import {displayWidth, fitToWidth} from './display-width.js';

export function fitLine(text: string, columns: number, ellipsis: string): string {
	return fitToWidth(text, columns, ellipsis);
}

/**
 * A list (the key hints) joined by the separator, keeping as many whole items from the start as
 * fit: the first hints are the ones that matter, and a hint cut in half ("? he…") helps nobody.
 */
export function fitItems(items: readonly string[], columns: number, separator: string, ellipsis: string): string {
	let line = '';
	for (const item of items) {
		const next = line === '' ? item : `${line}${separator}${item}`;
		if (displayWidth(next) > columns) {
			return line === '' ? fitToWidth(item, columns, ellipsis) : line;
		}

		line = next;
	}

	return line;
}
