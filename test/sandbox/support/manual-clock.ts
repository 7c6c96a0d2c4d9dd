// A clock that stands still until the test moves it: status changes become deterministic.
// It starts at the real time so SDK-signed dates stay within the 15-minute window.
export type ManualClock = {now: () => number; advance: (ms: number) => void};

export function manualClock(): ManualClock {
	let current = Date.now();
	return {
		now: () => current,
		advance(ms) {
			current += ms;
		},
	};
}
