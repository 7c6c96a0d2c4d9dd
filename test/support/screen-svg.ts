// A still picture of a terminal screen as SVG, drawn from the xterm buffer cell by cell: colours,
// bold, dim and inverse as the program set them. Deterministic: the same screen gives the same bytes.
import type xterm from '@xterm/headless';
import {rowCells, type RowRewrite} from './screen-ansi.js';
import {palette256, rgbColor, themeColors} from './terminal-palette.js';

export type SvgOptions = {
	/** Pixel width of one cell. */
	cellWidth?: number;
	/** Pixel height of one row. */
	lineHeight?: number;
	fontSize?: number;
	padding?: number;
	/** Accessible title of the picture. */
	title?: string;
	/** Replaces text in a row without moving it (see RowRewrite). */
	rewriteRow?: RowRewrite;
};

type CellStyle = {fg: string; bg: string | undefined; bold: boolean; dim: boolean};

type Run = {column: number; text: string; width: number; style: CellStyle};

const escapeXml = (text: string): string =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function colorOf(cell: xterm.IBufferCell, which: 'fg' | 'bg'): string | undefined {
	const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
	if (isDefault) {
		return undefined;
	}

	const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
	const isPalette = which === 'fg' ? cell.isFgPalette() : cell.isBgPalette();
	return isPalette ? palette256[value] : rgbColor(value);
}

function styleOf(cell: xterm.IBufferCell): CellStyle {
	let fg = colorOf(cell, 'fg') ?? themeColors.foreground;
	let bg = colorOf(cell, 'bg');
	if (cell.isInverse()) {
		[fg, bg] = [bg ?? themeColors.background, fg];
	}

	return {fg, bg, bold: cell.isBold() !== 0, dim: cell.isDim() !== 0};
}

const sameStyle = (a: CellStyle, b: CellStyle): boolean =>
	a.fg === b.fg && a.bg === b.bg && a.bold === b.bold && a.dim === b.dim;

/** Splits one buffer line into runs of equally styled cells. */
function runsOf(line: xterm.IBufferLine, cols: number, scratch: xterm.IBufferCell, rewriteRow?: RowRewrite): Run[] {
	const cells = rowCells(line, cols, scratch);
	const chars = rewriteRow ? rewriteRow(cells) : cells;
	const runs: Run[] = [];
	for (let column = 0; column < cols; column++) {
		const cell = line.getCell(column, scratch);
		if (!cell || cell.getWidth() === 0) {
			continue; // the right half of a wide character
		}

		const style = styleOf(cell);
		const text = chars[column] ?? ' ';
		const last = runs.at(-1);
		if (last && sameStyle(last.style, style) && last.column + last.width === column) {
			last.text += text;
			last.width += cell.getWidth();
		} else {
			runs.push({column, text, width: cell.getWidth(), style});
		}
	}

	return runs;
}

export function screenToSvg(terminal: xterm.Terminal, options: SvgOptions = {}): string {
	const cellWidth = options.cellWidth ?? 8.4;
	const lineHeight = options.lineHeight ?? 18;
	const fontSize = options.fontSize ?? 14;
	const padding = options.padding ?? 12;
	const width = Math.round((terminal.cols * cellWidth) + (2 * padding));
	const height = Math.round((terminal.rows * lineHeight) + (2 * padding));
	const buffer = terminal.buffer.active;
	const scratch = buffer.getNullCell();
	const backgrounds: string[] = [];
	const texts: string[] = [];
	const x = (column: number): string => (padding + (column * cellWidth)).toFixed(1);
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		if (!line) {
			continue;
		}

		const top = padding + (row * lineHeight);
		for (const run of runsOf(line, terminal.cols, scratch, options.rewriteRow)) {
			if (run.style.bg) {
				backgrounds.push(`<rect x="${x(run.column)}" y="${top}" width="${(run.width * cellWidth).toFixed(1)}" height="${lineHeight}" fill="${run.style.bg}"/>`);
			}

			// Trailing blanks are padding: drawing them would only stretch nothing.
			const text = run.text.replace(/ +$/, '');
			if (text.trim() === '') {
				continue;
			}

			const width = run.width - (run.text.length - text.length);
			const attributes = [
				`x="${x(run.column)}"`,
				`y="${top + (lineHeight * 0.75)}"`,
				`textLength="${(width * cellWidth).toFixed(1)}"`,
				'lengthAdjust="spacingAndGlyphs"',
				`fill="${run.style.fg}"`,
				run.style.bold ? 'font-weight="bold"' : '',
				run.style.dim ? 'opacity="0.6"' : '',
			].filter(Boolean);
			texts.push(`<text ${attributes.join(' ')}>${escapeXml(text)}</text>`);
		}
	}

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
		options.title ? `<title>${escapeXml(options.title)}</title>` : '',
		`<rect width="100%" height="100%" rx="6" fill="${themeColors.background}"/>`,
		...backgrounds,
		`<g font-family="'DejaVu Sans Mono','Menlo','Consolas',monospace" font-size="${fontSize}" xml:space="preserve">`,
		...texts,
		'</g>',
		'</svg>',
	].filter(line => line !== '').join('\n') + '\n';
}
