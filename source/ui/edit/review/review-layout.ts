// How much of the review fits on one 24-row screen: every row counted so nothing scrolls away.
// Changes come first; the sentences about what the change means are added while they fit whole
// (a half sentence is worse than none: the full text is one key away on the details view).
import {displayWidth} from '../../shell/display-width.js';
import {wrapLines} from '../../shell/wrap-lines.js';

export type ReviewRowsInput = {
	/** Rows for the body (the screen minus its frame). */
	rows: number;
	columns: number;
	noticeLines: number;
	changes: number;
	summary: readonly string[];
	advisories: number;
	/** Rows the synchronous/asynchronous line takes once wrapped (default one). */
	kindLines?: number;
	/** Rows each advisory takes once wrapped (default one each). */
	advisoryLines?: readonly number[];
	/** Rows the choice list takes. */
	choiceRows: number;
};

export type ReviewRows = {changeRows: number; hiddenChanges: number; summarySentences: number; advisoryRows: number};

/** Heading, the synchronous/asynchronous line, the CLI line and the gap above the choices. */
const fixedRows = 4;
const maxAdvisoryRows = 2;
const minChangeRows = 4;

/** Rows the text takes wrapped at words to `columns` (as Paragraph wraps it). */
export function rowsFor(text: string, columns: number): number {
	return wrapLines(text, columns).length;
}

export function planReviewRows(input: ReviewRowsInput): ReviewRows {
	let available = input.rows - fixedRows - input.choiceRows - input.noticeLines - ((input.kindLines ?? 1) - 1);
	const advisoryRows = Math.min(input.advisories, maxAdvisoryRows);
	for (let index = 0; index < advisoryRows; index++) {
		available -= input.advisoryLines?.[index] ?? 1;
	}

	const keepForChanges = Math.min(input.changes, minChangeRows);
	let summarySentences = 0;
	for (const sentence of input.summary) {
		const needed = rowsFor(sentence, input.columns - 2);
		if (available - keepForChanges - needed < 0) {
			break;
		}

		available -= needed;
		summarySentences++;
	}

	if (input.changes <= available) {
		return {changeRows: input.changes, hiddenChanges: 0, summarySentences, advisoryRows};
	}

	// One row says how many more there are.
	const changeRows = Math.max(available - 1, 1);
	return {changeRows, hiddenChanges: input.changes - changeRows, summarySentences, advisoryRows};
}

/**
 * The CLI command in one line of `width` columns, shortened where it has to be at whole options:
 * `aliyun vpc UpdateIpsecServer --RegionId … --IpsecServerId …` and then how many options are left
 * for the details view (`d`). Never a word or a value cut at the edge.
 */
export function shortCommand(command: string, width: number): string {
	if (displayWidth(command) <= width) {
		return command;
	}

	const [base = '', ...options] = command.split(' --');
	let shown = base;
	for (const [index, option] of options.entries()) {
		const candidate = `${shown} --${option}`;
		const left = options.length - index - 1;
		const more = left > 0 ? ` +${left} more (d)` : '';
		if (displayWidth(candidate + more) > width) {
			return `${shown} +${options.length - index} more (d)`;
		}

		shown = candidate;
	}

	return shown;
}
