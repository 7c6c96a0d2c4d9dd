// Which rows of a long list are on screen: a window of `count` rows that keeps `highlight` visible.

export function visibleWindow(total: number, highlight: number, count: number): {start: number; end: number} {
	const start = Math.min(Math.max(0, highlight - Math.floor(count / 2)), Math.max(0, total - count));
	return {start, end: Math.min(total, start + count)};
}
