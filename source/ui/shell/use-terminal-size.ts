// The terminal's size, following resizes (Ink redraws on resize, but only components whose state
// changes recompute their layout). One 'resize' listener per stream, however many lines ask.
// A resize also starts the frame afresh at the top of a cleared screen: the terminal rewraps what
// was drawn at the old width, so the rows Ink believes it drew are no longer the rows it must
// erase, and rapid resizing left fragments of earlier frames (a second heading) behind.
import {useCallback, useSyncExternalStore} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {columns: number; rows: number};

type Stream = NodeJS.WriteStream;

const fallback: TerminalSize = {columns: 80, rows: 24};
const subscribers = new WeakMap<Stream, Set<() => void>>();
const snapshots = new WeakMap<Stream, TerminalSize>();
/** Ink's write for each stream: clears its frame, writes, and draws the frame again below. */
const redrawers = new WeakMap<Stream, (data: string) => void>();
const pendingRedraw = new WeakSet<Stream>();
const clearScreen = '\u001B[2J\u001B[H';

/** Once per burst of resize events (the next turn), redraw the frame on a cleared screen. */
function redrawAfterResize(stream: Stream): void {
	if (!stream.isTTY || pendingRedraw.has(stream)) {
		return;
	}

	pendingRedraw.add(stream);
	setImmediate(() => {
		pendingRedraw.delete(stream);
		redrawers.get(stream)?.(clearScreen);
	});
}

const read = (stream: Stream): TerminalSize => {
	const columns = stream.columns || fallback.columns;
	const rows = stream.rows || fallback.rows;
	const previous = snapshots.get(stream);
	if (previous?.columns === columns && previous.rows === rows) {
		return previous;
	}

	const size = {columns, rows};
	snapshots.set(stream, size);
	return size;
};

function subscribe(stream: Stream, listener: () => void): () => void {
	let listeners = subscribers.get(stream);
	if (!listeners) {
		const all = new Set<() => void>();
		listeners = all;
		subscribers.set(stream, all);
		stream.on('resize', () => {
			redrawAfterResize(stream);
			for (const each of all) {
				each();
			}
		});
	}

	listeners.add(listener);
	return () => {
		listeners.delete(listener);
	};
}

export function useTerminalSize(): TerminalSize {
	const {stdout, write} = useStdout();
	redrawers.set(stdout, write);
	const onChange = useCallback((listener: () => void) => subscribe(stdout, listener), [stdout]);
	const snapshot = useCallback(() => read(stdout), [stdout]);
	return useSyncExternalStore(onChange, snapshot, snapshot);
}
