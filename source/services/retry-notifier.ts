// Between the client's retries and the screen that waits on a call. The client reports each retry
// here (onRetry) and waits with this sleep, so the screen can show the wait counting down and a
// person can end it (Esc while throttled): stop() ends every pending wait at once, and the calls
// waiting fail with a sentence saying so.
import type {RetryEvent} from '../api/vpc-api.js';

export type RetryState = {
	/** The latest retry reported. */
	latest?: RetryEvent;
	/** Whether a wait is running now (the call is not being sent this moment). */
	waiting: boolean;
};

export type RetryListener = (state: RetryState) => void;

export type RetryNotifier = {
	notify(event: RetryEvent): void;
	/** The client's sleep: resolves after ms, or rejects at once when stop() is called. */
	sleep(ms: number): Promise<void>;
	/** Ends every pending wait; false when there was none. */
	stop(): boolean;
	subscribe(listener: RetryListener): () => void;
};

export class RetryStopped extends Error {
	override readonly name = 'RetryStopped';
}

export function createRetryNotifier(): RetryNotifier {
	const listeners = new Set<RetryListener>();
	const pending = new Set<() => void>();
	let latest: RetryState['latest'];
	const emit = () => {
		const state: RetryState = {latest, waiting: pending.size > 0};
		for (const listener of listeners) {
			listener(state);
		}
	};

	return {
		notify(event) {
			latest = event;
			emit();
		},
		async sleep(ms) {
			await new Promise<void>((resolve, reject) => {
				const stop = () => {
					clearTimeout(timer);
					pending.delete(stop);
					reject(new RetryStopped('The wait was stopped.'));
				};

				const timer = setTimeout(() => {
					pending.delete(stop);
					resolve();
					emit();
				}, ms);
				pending.add(stop);
				emit();
			});
		},
		stop() {
			const stops = [...pending];
			for (const stop of stops) {
				stop();
			}

			if (stops.length > 0) {
				emit();
			}

			return stops.length > 0;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
