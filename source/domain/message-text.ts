// How a piece of what the user typed is quoted inside a message: short, on one line, with
// control characters made visible, so a pasted newline cannot break a screen.
const maxQuoted = 40;

export function quoteInput(text: string): string {
	const visible = [...text].map(character => (/[\p{Cc}\p{Cf}]/u.test(character) ? '?' : character));
	const shortened = visible.length > maxQuoted ? `${visible.slice(0, maxQuoted - 1).join('')}…` : visible.join('');
	return `'${shortened}'`;
}
