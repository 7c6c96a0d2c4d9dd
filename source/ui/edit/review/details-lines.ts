// The details view as rows of at most `columns` characters: every change, every sentence, every
// advisory and the whole CLI command, wrapped here so the view can scroll a fixed number of rows
// (the screen never grows past 24 rows whatever the change).
import {fieldInfo, type Advisory, type ConfigDiff} from '../../../domain/index.js';

export type DetailLine = {text: string; tone?: 'heading' | 'info' | 'warning' | 'code'};

/** Word wrap keeping the leading indent; a word longer than the line (JSON in the CLI command) is cut hard. */
export function wrapText(text: string, columns: number): string[] {
	const indent = /^ */.exec(text)?.[0] ?? '';
	const width = Math.max(columns - indent.length, 1);
	const rows: string[] = [];
	let row = '';
	for (const word of text.slice(indent.length).split(' ')) {
		const candidate = row === '' ? word : `${row} ${word}`;
		if ([...candidate].length <= width) {
			row = candidate;
			continue;
		}

		if (row !== '') {
			rows.push(row);
		}

		let rest = [...word];
		while (rest.length > width) {
			rows.push(rest.slice(0, width).join(''));
			rest = rest.slice(width);
		}

		row = rest.join('');
	}

	rows.push(row);
	return rows.map((wrapped, index) => (index === 0 ? indent + wrapped : wrapped));
}

export type DetailSymbols = {arrowRight: string; info: string; warning: string};

export function detailLines(diff: ConfigDiff, advisories: readonly Advisory[], command: string | undefined, columns: number, symbols: DetailSymbols): DetailLine[] {
	const lines: DetailLine[] = [{text: `Changes (${diff.changes.length}):`, tone: 'heading'}];
	const add = (text: string, tone?: DetailLine['tone'], indent = '') => {
		for (const [index, row] of wrapText(text, columns - indent.length).entries()) {
			lines.push({text: index === 0 ? row : `${indent}${row}`, tone});
		}
	};

	for (const change of diff.changes) {
		add(`  ${change.label}: ${change.before} ${symbols.arrowRight} ${change.after}`, undefined, '    ');
	}

	for (const sentence of diff.summary) {
		add(`${symbols.info} ${sentence}`, 'info', '  ');
	}

	for (const advisory of advisories) {
		add(`${symbols.warning} ${fieldInfo[advisory.field].label}: ${advisory.message}`, 'warning', '  ');
	}

	if (command) {
		lines.push({text: 'The same change with the aliyun CLI (key redacted):', tone: 'heading'});
		add(command, 'code');
	}

	return lines;
}
