import type {Clock} from '../../source/services/clock.js';

/** Time that moves only when someone sleeps: waits cost nothing and are recorded. */
export function fakeClock(start = 1_000_000): Clock & {sleeps: number[]} {
	let now = start;
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => now,
		async sleep(ms) {
			sleeps.push(ms);
			now += ms;
		},
	};
}
