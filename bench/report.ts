// The benchmark's table: each figure next to its baseline or budget, as a ratio. Pure.

export type Row = {
	metric: string;
	value: number | undefined;
	unit: string;
	/**
	 * What the value is held to: a baseline measurement or a fixed budget; with `reference`, a line
	 * printed for comparison only, which the value is not held to.
	 */
	limit?: {label: string; value: number; reference?: boolean};
	/** Why there is no value (the measurement could not run). */
	note?: string;
};

const format = (value: number | undefined, unit: string): string => {
	if (value === undefined || Number.isNaN(value)) {
		return '—';
	}

	// A ratio reads as 1.07×, to two places.
	return unit === '×' ? `${value.toFixed(2)}×` : `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`.trim();
};

const verdict = (row: Row): string => {
	if (row.value === undefined || Number.isNaN(row.value) || !row.limit) {
		return '';
	}

	if (row.limit.reference) {
		return row.value <= row.limit.value ? 'under (reference only)' : 'above (reference only)';
	}

	return row.value <= row.limit.value ? 'ok' : 'OVER';
};

export function renderTable(rows: Row[]): string {
	const header = ['metric', 'measured', 'held to', 'ratio', ''];
	const body = rows.map(row => [
		row.metric,
		format(row.value, row.unit),
		row.limit ? `${row.limit.label} ${format(row.limit.value, row.unit)}` : '',
		row.limit && row.value !== undefined && row.limit.value > 0 ? `${(row.value / row.limit.value).toFixed(2)}×` : '',
		row.note ?? verdict(row),
	]);
	const widths = header.map((_, column) => Math.max(...[header, ...body].map(cells => cells[column]!.length)));
	const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
	return [line(header), line(widths.map(width => '-'.repeat(width))), ...body.map(line)].join('\n');
}
