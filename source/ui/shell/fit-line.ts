// Cuts a line to the terminal's width with the environment's ellipsis, counting display columns
// (a CJK character takes two). Ink's own truncation always uses `…`, which an ASCII-only terminal
// shows as garbage.
import {fitToWidth} from './display-width.js';

export function fitLine(text: string, columns: number, ellipsis: string): string {
	return fitToWidth(text, columns, ellipsis);
}
