// The client's onRetry goes here; whichever screen is waiting on a call shows
// "attempt n of m, waiting s" while a retry is pending.
import type {RetryEvent} from '../api/vpc-api.js';

export type RetryListener = (event: RetryEvent) => void;

export type RetryNotifier = {
	notify(event: RetryEvent): void;
	subscribe(listener: RetryListener): () => void;
};

export function createRetryNotifier(): RetryNotifier {
	const listeners = new Set<RetryListener>();
	return {
		notify(event) {
			for (const listener of listeners) {
				listener(event);
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
