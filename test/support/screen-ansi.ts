// A terminal screen written back out as escape sequences: clear, then every row with its
// colours and attributes. Used to build recordings whose frames are exactly the screens a test
// saw, independent of how the program happened to chunk its output.
import type xterm from '@xterm/headless';

type Attributes = {fg: string; bg: string; bold: boolean; dim: boolean; inverse: boolean};

const plain: Attributes = {fg: '39', bg: '49', bold: false, dim: false, inverse: false};

function colorCode(cell: xterm.IBufferCell, which: 'fg' | 'bg'): string {
	const base = which === 'fg' ? 30 : 40;
	if (which === 'fg' ? cell.isFgDefault() : cell.isBgDefault()) {
		return String(base + 9);
	}

	const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
	if (which === 'fg' ? cell.isFgPalette() : cell.isBgPalette()) {
		return `${base + 8};5;${value}`;
	}

	return `${base + 8};2;${(value >> 16) & 0xFF};${(value >> 8) & 0xFF};${value & 0xFF}`;
}

const attributesOf = (cell: xterm.IBufferCell): Attributes => ({
	fg: colorCode(cell, 'fg'),
	bg: colorCode(cell, 'bg'),
	bold: cell.isBold() !== 0,
	dim: cell.isDim() !== 0,
	inverse: cell.isInverse() !== 0,
});

const sgr = (a: Attributes): string =>
	`\u001B[0;${[a.bold ? '1' : '', a.dim ? '2' : '', a.inverse ? '7' : '', a.fg, a.bg].filter(Boolean).join(';')}m`;

/**
 * Rewrites a row's text before it is drawn: one entry per column ('' for the right half of a wide
 * character) in, the same number out. Lets a caller replace volatile text (clock times, IDs)
 * without moving anything else on the screen.
 */
export type RowRewrite = (cells: string[]) => string[];

/** The characters of one buffer line, a blank cell as ' ' and a wide character's right half as ''. */
export function rowCells(line: xterm.IBufferLine | undefined, cols: number, scratch: xterm.IBufferCell): string[] {
	const cells: string[] = [];
	for (let column = 0; column < cols; column++) {
		const cell = line?.getCell(column, scratch);
		cells.push(!cell || cell.getWidth() === 0 ? '' : cell.getChars() || ' ');
	}

	return cells;
}

const same = (a: Attributes, b: Attributes): boolean =>
	a.fg === b.fg && a.bg === b.bg && a.bold === b.bold && a.dim === b.dim && a.inverse === b.inverse;

/** The visible screen as one frame: home, clear, rows joined by CRLF, attributes reset at the end. */
export function screenToAnsi(terminal: xterm.Terminal, {rewriteRow}: {rewriteRow?: RowRewrite} = {}): string {
	const buffer = terminal.buffer.active;
	const scratch = buffer.getNullCell();
	const rows: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		const cells = rowCells(line, terminal.cols, scratch);
		const chars = rewriteRow ? rewriteRow(cells) : cells;
		let text = '';
		let current = plain;
		let pendingSpaces = '';
		for (let column = 0; line && column < terminal.cols; column++) {
			const cell = line.getCell(column, scratch);
			if (!cell || cell.getWidth() === 0) {
				continue;
			}

			const attributes = attributesOf(cell);
			const cellText = chars[column] ?? ' ';
			if (cellText === ' ' && same(attributes, plain) && same(current, plain)) {
				pendingSpaces += ' '; // kept only if something follows: trailing spaces are dropped
				continue;
			}

			text += pendingSpaces;
			pendingSpaces = '';
			if (!same(attributes, current)) {
				text += sgr(attributes);
				current = attributes;
			}

			text += cellText;
		}

		rows.push(same(current, plain) ? text : `${text}\u001B[0m`);
	}

	return `\u001B[H\u001B[2J${rows.join('\r\n')}`;
}
