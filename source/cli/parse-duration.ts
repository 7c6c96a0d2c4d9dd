// `--timeout 10m`: a whole number with an optional unit (ms, s, m, h; a bare number is seconds).

const unitMs = {ms: 1, s: 1000, m: 60_000, h: 3_600_000} as const;

const maxMs = 24 * unitMs.h;

/** Milliseconds, or undefined when the text is not a positive duration of at most 24 h. */
export function parseDuration(text: string): number | undefined {
	const match = /^\s*(\d+)\s*(ms|s|m|h)?\s*$/i.exec(text);
	if (!match?.[1]) {
		return undefined;
	}

	const unit = (match[2]?.toLowerCase() ?? 's') as keyof typeof unitMs;
	const ms = Number(match[1]) * unitMs[unit];
	return ms > 0 && ms <= maxMs ? ms : undefined;
}
