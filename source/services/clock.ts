// Time as a service: screens poll and wait through this, so tests can run them without real waits.

export type Clock = {
	now(): number;
	/** Resolves after ms, or at once when the signal aborts (callers check signal.aborted). */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
};

export const systemClock: Clock = {
	now: () => Date.now(),
	async sleep(ms, signal) {
		if (signal?.aborted) {
			return;
		}

		await new Promise<void>(resolve => {
			const done = () => {
				clearTimeout(timer);
				signal?.removeEventListener('abort', done);
				resolve();
			};

			const timer = setTimeout(done, ms);
			signal?.addEventListener('abort', done, {once: true});
		});
	},
};
