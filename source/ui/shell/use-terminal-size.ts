// The terminal's size, following resizes (Ink redraws on resize, but only components whose state
// changes recompute their layout). One 'resize' listener per stream, however many lines ask.
import {useCallback, useSyncExternalStore} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {columns: number; rows: number};

type Stream = NodeJS.WriteStream;

const fallback: TerminalSize = {columns: 80, rows: 24};
const subscribers = new WeakMap<Stream, Set<() => void>>();
const snapshots = new WeakMap<Stream, TerminalSize>();

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
	const {stdout} = useStdout();
	const onChange = useCallback((listener: () => void) => subscribe(stdout, listener), [stdout]);
	const snapshot = useCallback(() => read(stdout), [stdout]);
	return useSyncExternalStore(onChange, snapshot, snapshot);
}
