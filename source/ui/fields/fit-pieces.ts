// Cutting a styled line to a width ourselves: Ink's own truncation appends `…`, which an ASCII-
// only terminal cannot show, so lines are cut here with the environment's ellipsis instead.
export type Piece = {text: string; dim?: boolean; bold?: boolean; color?: string; inverse?: boolean};

export function fitPieces(pieces: readonly Piece[], columns: number, ellipsis: string): Piece[] {
	const total = pieces.reduce((sum, piece) => sum + [...piece.text].length, 0);
	if (total <= columns) {
		return [...pieces];
	}

	let room = Math.max(columns - [...ellipsis].length, 0);
	const fitted: Piece[] = [];
	for (const piece of pieces) {
		const chars = [...piece.text];
		if (chars.length <= room) {
			fitted.push(piece);
			room -= chars.length;
			continue;
		}

		fitted.push({...piece, text: `${chars.slice(0, room).join('').trimEnd()}${ellipsis}`});
		return fitted;
	}

	return fitted;
}
