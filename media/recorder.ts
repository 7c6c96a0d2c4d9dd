// Turns a driven wizard session into pictures: an SVG still per step and keyframes for the
// recording. Keyframes are the screens themselves (re-serialised from the terminal buffer) at
// fixed times, so the recording does not depend on how the program chunked its output.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {PtySession} from '../test/support/pty-session.js';
import {screenToAnsi} from '../test/support/screen-ansi.js';
import {screenToSvg} from '../test/support/screen-svg.js';
import type {CastFrame} from './asciicast.js';

export class Recorder {
	readonly frames: CastFrame[] = [];
	readonly stills: string[] = [];
	private time = 0;

	constructor(private readonly session: PtySession, private readonly outdir: string) {}

	/** Adds the current screen to the recording and holds it for `seconds`. */
	frame(seconds = 0.6): void {
		const data = screenToAnsi(this.session.terminal);
		if (this.frames.at(-1)?.data !== data) {
			this.frames.push({time: this.time, data});
			this.time += seconds;
		}
	}

	/** Writes media/step-NN-name.svg from the current screen and holds it longer in the recording. */
	still(name: string, title: string): void {
		const file = `step-${String(this.stills.length + 1).padStart(2, '0')}-${name}.svg`;
		writeFileSync(path.join(this.outdir, file), screenToSvg(this.session.terminal, {title}));
		this.stills.push(file);
		this.frame(2.5);
	}

	/** The end of the recording: the last screen stays up a moment before it loops. */
	finish(): CastFrame[] {
		const last = this.frames.at(-1);
		if (last) {
			this.frames.push({time: this.time, data: last.data});
		}

		return this.frames;
	}
}
