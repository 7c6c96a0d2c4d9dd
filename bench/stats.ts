// Order statistics over timing samples (nearest-rank percentiles).

export type Summary = {runs: number; min: number; median: number; p95: number; max: number};

export function percentile(samples: number[], fraction: number): number {
	if (samples.length === 0) {
		return Number.NaN;
	}

	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[rank]!;
}

export function summarize(samples: number[]): Summary {
	return {
		runs: samples.length,
		min: samples.length > 0 ? Math.min(...samples) : Number.NaN,
		median: percentile(samples, 0.5),
		p95: percentile(samples, 0.95),
		max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
	};
}

export const round = (value: number, digits = 1): number => {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
};
