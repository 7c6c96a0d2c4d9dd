// How much of the review fits on one 24-row screen: every row counted so nothing scrolls away.
// Changes come first; the sentences about what the change means are added while they fit whole
// (a half sentence is worse than none: the full text is one key away on the details view).
export type ReviewRowsInput = {
	/** Rows for the body (the screen minus its frame). */
	rows: number;
	columns: number;
	noticeLines: number;
	changes: number;
	summary: readonly string[];
	advisories: number;
	/** Rows the choice list takes. */
	choiceRows: number;
};

export type ReviewRows = {changeRows: number; hiddenChanges: number; summarySentences: number; advisoryRows: number};

/** Heading, the synchronous/asynchronous line, the CLI line and the gap above the choices. */
const fixedRows = 4;
const maxAdvisoryRows = 2;
const minChangeRows = 4;

export function rowsFor(text: string, columns: number): number {
	return Math.max(1, Math.ceil([...text].length / Math.max(columns, 1)));
}

export function planReviewRows(input: ReviewRowsInput): ReviewRows {
	let available = input.rows - fixedRows - input.choiceRows - input.noticeLines;
	const advisoryRows = Math.min(input.advisories, maxAdvisoryRows);
	available -= advisoryRows;
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
