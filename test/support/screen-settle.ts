// A picture is taken only once the screen has settled: the program may draw a frame in parts, or
// answer a key first and load something after, and a picture of either depends on timing.
import type {PtySession} from './pty-session.js';

export type SettleOptions = {
	/** The screen as compared: e.g. with what may change on its own (a clock) masked. */
	view: () => string;
	/** How long the screen must stay the same; longer than the spinner's 333 ms frame. */
	quietMs?: number;
	timeout?: number;
};

/** Resolves once the (viewed) screen has not changed for `quietMs`. */
export async function waitForSettled(session: PtySession, {view, quietMs = 600, timeout = 30_000}: SettleOptions): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		let shown = view();
		let quiet: NodeJS.Timeout;
		const finish = (error?: Error): void => {
			clearTimeout(quiet);
			clearTimeout(giveUp);
			unsubscribe();
			if (error) {
				reject(error);
			} else {
				resolve();
			}
		};

		const restart = (): void => {
			clearTimeout(quiet);
			quiet = setTimeout(() => {
				finish();
			}, quietMs);
		};

		const giveUp = setTimeout(() => {
			finish(new Error(`The screen did not settle within ${timeout} ms:\n${session.screenText()}`));
		}, timeout);
		const unsubscribe = session.onParsed(() => {
			const now = view();
			if (now !== shown) {
				shown = now;
				restart();
			}
		});
		restart();
	});
}
