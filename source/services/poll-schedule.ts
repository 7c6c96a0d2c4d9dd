// How often the gateway is asked: 1 s, then 2 s, then every 3 s. A change to active is seen within
// 3 s, and a minute holds 20 polls at most (1, 3, 6, ..., 57 s).

export const maxPollIntervalMs = 3000;

/** Delay before poll number `index` (0-based). */
export function pollDelayMs(index: number): number {
	if (index <= 0) {
		return 1000;
	}

	return index === 1 ? 2000 : maxPollIntervalMs;
}
