// The one place that ends the program. The app asks for exit(code, finalLines); signals land here
// too. In order: unmount Ink, restore the terminal (raw mode off, cursor shown), print the final
// lines after Ink is gone (so they stay on screen), release resources, end with the code.

import {terminalLines} from '../ui/fields/terminal-text.js';
import {exitCodes, signalExitCodes} from './exit-codes.js';

export {signalExitCodes} from './exit-codes.js';

type Writable = {write(text: string): unknown; isTTY?: boolean};
type Readable = {isTTY?: boolean; setRawMode?: (mode: boolean) => unknown};

export type ExitControllerOptions = {
	stdin: Readable;
	stdout: Writable;
	/** process.exit in production; tests pass a recorder. */
	terminate(code: number): void;
	/** False under an ASCII-only locale: the final lines are spelled in ASCII (default true). */
	unicode?: boolean;
	/** How long cleanups may take before the process ends anyway. */
	cleanupTimeoutMs?: number;
};

export type ExitController = {
	exit(code: number, finalLines?: string[]): void;
	/** The lines to print when a signal or Ctrl+C ends the program now (e.g. the re-attach command). */
	setInterruptLines(lines: string[] | undefined): void;
	/** Ink's instance, unmounted first on exit. */
	attachUi(ui: {unmount(): void}): void;
	/** Run on exit, e.g. stop the in-process sandbox. */
	onCleanup(cleanup: () => Promise<void> | void): void;
	handleSignal(signal: keyof typeof signalExitCodes): void;
	/** An unexpected error: exit 1, still with the interrupt lines (an update may be under way). */
	handleCrash(): void;
	readonly exiting: boolean;
};

const showCursor = '\u001B[?25h';

// Sequences that change no cell and leave the cursor where it is (colours, cursor shown/hidden).
// eslint-disable-next-line no-control-regex
const inPlaceSequences = /\u001B\[[\d;]*m|\u001B\[\?[\d;]*[hl]/gu;

/**
 * Whether output that ended with `chunk` left the cursor at the start of an empty line. Ink ends a
 * frame that fills the screen without a newline, so the cursor stays after the frame's last line
 * (the key hints), and a final line printed there is glued to it. Anything else at the end (text,
 * a cursor movement) counts as not at a line start.
 */
const endsAtLineStart = (chunk: string): boolean => chunk.replace(inPlaceSequences, '').endsWith('\n');

export function createExitController({stdin, stdout, terminate, unicode = true, cleanupTimeoutMs = 1000}: ExitControllerOptions): ExitController {
	let ui: {unmount(): void} | undefined;
	let interruptLines: string[] | undefined;
	let exiting = false;
	let atLineStart = true;
	const cleanups: Array<() => Promise<void> | void> = [];
	// Every write (Ink's frames included) goes through here, so exit knows where the cursor was left.
	const write = stdout.write.bind(stdout) as (text: string, ...rest: unknown[]) => unknown;
	stdout.write = (text: string, ...rest: unknown[]) => {
		const chunk = typeof text === 'string' ? text : String(text);
		if (chunk.replace(inPlaceSequences, '') !== '') {
			atLineStart = endsAtLineStart(chunk);
		}

		return write(text, ...rest);
	};

	const restoreTerminal = () => {
		try {
			ui?.unmount();
		} catch {}

		ui = undefined;
		if (stdin.isTTY && stdin.setRawMode) {
			try {
				stdin.setRawMode(false);
			} catch {}
		}

		if (stdout.isTTY) {
			stdout.write(showCursor);
		}
	};

	const exit = (code: number, finalLines?: string[]) => {
		if (exiting) {
			return;
		}

		exiting = true;
		restoreTerminal();
		if (finalLines && finalLines.length > 0) {
			// Each line neutralised on its own (they carry names and messages from the service).
			stdout.write(`${atLineStart ? '' : '\n'}${terminalLines(finalLines, unicode)}\n`);
		}

		const all = Promise.allSettled(cleanups.map(async cleanup => cleanup()));
		const deadline = new Promise(resolve => {
			setTimeout(resolve, cleanupTimeoutMs).unref();
		});
		void Promise.race([all, deadline]).then(() => {
			terminate(code);
		});
	};

	return {
		exit,
		setInterruptLines(lines) {
			interruptLines = lines;
		},
		attachUi(instance) {
			ui = instance;
		},
		onCleanup(cleanup) {
			cleanups.push(cleanup);
		},
		handleSignal(signal) {
			exit(signalExitCodes[signal], interruptLines);
		},
		handleCrash() {
			exit(exitCodes.failed, interruptLines);
		},
		get exiting() {
			return exiting;
		},
	};
}
