// ink-testing-library's render with a terminal of a chosen width: its stdout always reports 100
// columns, and a resize after the first render races the screens' own resize listeners.
import {EventEmitter} from 'node:events';
import type {ReactElement} from 'react';
import {render} from 'ink';

class Stdout extends EventEmitter {
	readonly frames: string[] = [];
	private last: string | undefined;
	constructor(readonly columns: number, readonly rows = 24) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
		this.last = frame;
	};

	lastFrame = () => this.last;
}

class Stdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export function renderSized(columns: number, tree: ReactElement) {
	const stdout = new Stdout(columns);
	const stdin = new Stdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new Stdout(columns) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {stdin, stdout, frames: stdout.frames, lastFrame: stdout.lastFrame, unmount: instance.unmount};
}
