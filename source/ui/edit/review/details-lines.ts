// The details view as rows of at most `columns` cells: every change, every sentence, every
// advisory and the whole CLI command, wrapped here so the view can scroll a fixed number of rows
// (the screen never grows past 24 rows whatever the change).
import {fieldInfo, type Advisory, type ConfigDiff} from '../../../domain/index.js';
import {wrapLines} from '../../shell/wrap-lines.js';

export type DetailLine = {text: string; tone?: 'heading' | 'info' | 'warning' | 'code'};

/** Word wrap by display width keeping the leading indent; a word wider than the line (JSON in the CLI command) is cut at the edge. */
export function wrapText(text: string, columns: number): string[] {
	const indent = /^ */.exec(text)?.[0] ?? '';
	return wrapLines(text.slice(indent.length), columns - indent.length).map((wrapped, index) => (index === 0 ? indent + wrapped : wrapped));
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
