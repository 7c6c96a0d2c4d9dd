// `status` in a terminal: above, the plain lines (one per transition, as without a terminal); below
// them one line, rewritten each second, that says it is still waiting, for how long, and when it
// last looked, so minutes of `updating` never look like a hang. Without a terminal there is no
// such line: the output stays plain text for logs and pipes.
import {fitLine} from '../ui/shell/fit-line.js';
import {clockTime, formatElapsed} from '../ui/flow/status-lines.js';

const clearLine = '\r\u001B[2K';

export type WaitingState = {status?: string; startedAt: number; lastLookAt?: number};

export function waitingLineText(state: WaitingState, now: number, unicode: boolean): string {
	const separator = unicode ? ' · ' : ' | ';
	return [
		`Waiting${state.status ? `: gateway ${state.status}` : ''}`,
		formatElapsed(now - state.startedAt),
		state.lastLookAt === undefined ? undefined : `last look ${clockTime(state.lastLookAt)}`,
	]
		.filter(Boolean)
		.join(separator);
}

export type WaitingLine = {
	/** Prints a finished line above the waiting line. */
	print(line: string): void;
	update(change: Partial<WaitingState>): void;
	/** Removes the waiting line; the plain lines stay. */
	stop(): void;
};

export function createWaitingLine({
	write,
	now,
	columns,
	unicode,
	intervalMs = 1000,
}: {
	write(text: string): void;
	now(): number;
	columns(): number;
	unicode: boolean;
	intervalMs?: number;
}): WaitingLine {
	const state: WaitingState = {startedAt: now()};
	let stopped = false;
	// One column short of the width: a line that fills it exactly wraps on some terminals, and the
	// carriage return would then rewrite only its second half.
	const draw = () => {
		write(`${clearLine}${fitLine(waitingLineText(state, now(), unicode), Math.max(10, columns() - 1), unicode ? '…' : '...')}`);
	};

	const timer = setInterval(draw, intervalMs);
	timer.unref();
	draw();
	return {
		print(line) {
			write(`${stopped ? '' : clearLine}${line}\n`);
			if (!stopped) {
				draw();
			}
		},
		update(change) {
			Object.assign(state, change);
		},
		stop() {
			if (!stopped) {
				stopped = true;
				clearInterval(timer);
				write(clearLine);
			}
		},
	};
}
