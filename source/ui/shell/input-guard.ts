// Between Ink's input parser and Ink's useInput. Two things reach useInput today that must not:
// - keys Ink cannot name: Ink 6.8.0 calls startsWith on an undefined key name for Ctrl/Ctrl+Shift
//   function keys and SGR-like sequences (Ctrl+F1 is ESC[1;5P, a pasted colour is ESC[31m), which
//   throws out of the stdin handler and ends the program;
// - control strings (a pasted OSC that would set the title), which Ink hands on in pieces.
// The guard wraps the one event emitter Ink feeds its useInput hooks: control strings are removed
// whole (see control-strings.ts), and a key whose parsing throws before it reaches our handler is
// ignored. An error thrown by our own handler still propagates.
import type {EventEmitter} from 'node:events';
import {createControlStringFilter} from './control-strings.js';

/** An unterminated control string ends when no input has come for this long (a paste arrives at once). */
const stringIdleMs = 100;

export type InputGuard = {
	/** The raw input event being delivered now (what the terminal sent for this key). */
	readonly current: string;
	/** Called by the handler as it receives the key: from here on an error is ours, not Ink's. */
	delivered(): void;
	release(): void;
};

export function guardInputEvents(emitter: EventEmitter): InputGuard {
	const filter = createControlStringFilter();
	// eslint-disable-next-line @typescript-eslint/unbound-method
	const originalEmit = emitter.emit;
	let current = '';
	let reached = false;
	let idle: NodeJS.Timeout | undefined;
	emitter.emit = function (this: EventEmitter, event: string | symbol, ...args: unknown[]): boolean {
		if (event !== 'input' || typeof args[0] !== 'string') {
			return originalEmit.call(this, event, ...args);
		}

		const text = filter.push(args[0]);
		clearTimeout(idle);
		if (filter.inString) {
			idle = setTimeout(() => {
				filter.reset();
			}, stringIdleMs);
			idle.unref();
		}

		if (text === '') {
			return false;
		}

		current = text;
		for (const listener of this.listeners('input')) {
			reached = false;
			try {
				(listener as (input: string) => void).call(this, text);
			} catch (error) {
				if (reached) {
					throw error;
				}
				// Ink could not parse this key: it is ignored, as an unknown key should be.
			}
		}

		return true;
	} as typeof emitter.emit;
	return {
		get current() {
			return current;
		},
		delivered() {
			reached = true;
		},
		release() {
			clearTimeout(idle);
			emitter.emit = originalEmit;
		},
	};
}
