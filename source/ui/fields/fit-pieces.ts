// Cutting a styled line to a width ourselves: Ink's own truncation appends `…`, which an ASCII-
// only terminal cannot show, so lines are cut here with the environment's ellipsis instead.
// Widths are display columns (a CJK character takes two) and a character is never split.
import {cutToWidth, displayWidth} from '../shell/display-width.js';

export type Piece = {text: string; dim?: boolean; bold?: boolean; color?: string; inverse?: boolean};

export function fitPieces(pieces: readonly Piece[], columns: number, ellipsis: string): Piece[] {
	const total = pieces.reduce((sum, piece) => sum + displayWidth(piece.text), 0);
	if (total <= columns) {
		return [...pieces];
	}

	let room = Math.max(columns - displayWidth(ellipsis), 0);
	const fitted: Piece[] = [];
	for (const piece of pieces) {
		const width = displayWidth(piece.text);
		if (width <= room) {
			fitted.push(piece);
			room -= width;
			continue;
		}

		fitted.push({...piece, text: `${cutToWidth(piece.text, room).trimEnd()}${ellipsis}`});
		return fitted;
	}

	return fitted;
}
