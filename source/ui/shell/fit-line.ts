// Cuts a line to the terminal's width with the environment's ellipsis. Ink's own truncation
// always uses `…`, which an ASCII-only terminal shows as garbage.

export function fitLine(text: string, columns: number, ellipsis: string): string {
	const characters = [...text];
	if (characters.length <= columns) {
		return text;
	}

	const kept = Math.max(0, columns - [...ellipsis].length);
	return `${characters.slice(0, kept).join('').trimEnd()}${ellipsis}`;
}
