// Columns on screen, not characters: a CJK character or an emoji takes two cells, a combining mark
// none. Everything that pads or cuts a line measures with Ink's own rule (string-width), so what we
// compute is what Ink lays out, and a cut never splits a character (or a grapheme) in half.
import stringWidth from 'string-width';

// Only built when a line has something outside printable ASCII (loading ICU's segmenter costs).
let segmenter: Intl.Segmenter | undefined;
const isPlainAscii = /^[\u0020-\u007E]*$/u;

/** Printable ASCII is as wide as it is long; anything else is measured as Ink measures it. */
export const displayWidth = (text: string): number => (isPlainAscii.test(text) ? text.length : stringWidth(text));

function graphemes(text: string): string[] {
	if (isPlainAscii.test(text)) {
		return [...text];
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), part => part.segment);
}

/** The longest start of the text that takes at most `width` columns. */
export function cutToWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	let kept = '';
	let used = 0;
	for (const grapheme of graphemes(text)) {
		const cells = displayWidth(grapheme);
		if (used + cells > width) {
			break;
		}

		kept += grapheme;
		used += cells;
	}

	return kept;
}

/** The text padded with spaces to exactly `width` columns (cut first if it is wider). */
export function padToWidth(text: string, width: number): string {
	const cut = cutToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** The text in `width` columns: whole if it fits, else cut with the ellipsis at the end. */
export function fitToWidth(text: string, width: number, ellipsis: string): string {
	if (displayWidth(text) <= width) {
		return text;
	}

	const room = width - displayWidth(ellipsis);
	return room <= 0 ? cutToWidth(text, Math.max(width, 0)) : `${cutToWidth(text, room).trimEnd()}${ellipsis}`;
}
