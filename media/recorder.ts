// Turns a driven wizard session into pictures: an SVG still per step and keyframes for the
// recording. Keyframes are the screens themselves (re-serialised from the terminal buffer), taken
// once the screen has settled and held for fixed times, with volatile text (clock times, UUIDs)
// replaced by fixed stand-ins: the same program gives the same files, whatever its timing.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {PtySession} from '../test/support/pty-session.js';
import {screenToAnsi} from '../test/support/screen-ansi.js';
import {screenToSvg} from '../test/support/screen-svg.js';
import type {CastFrame} from './asciicast.js';
import {waitForSettled} from '../test/support/screen-settle.js';
import {maskVolatileText, rowRewrite, volatileTextRewrite} from './volatile-text.js';

type HeldScreen = {data: string; seconds: number};

export class Recorder {
	readonly stills: string[] = [];
	private readonly screens: HeldScreen[] = [];
	private readonly rewriteRow;

	constructor(private readonly session: PtySession, private readonly outdir: string, configDir: string) {
		this.rewriteRow = rowRewrite(volatileTextRewrite(configDir));
	}

	get frameCount(): number {
		return this.screens.length;
	}

	/**
	 * Waits until the screen stops changing. A spinner counts as change (a screen still loading is
	 * not a picture), unless `live`: the status screen spins and ticks for as long as it watches.
	 */
	async settled({live = false}: {live?: boolean} = {}): Promise<void> {
		const mask = rowRewrite(text => maskVolatileText(text, {spinner: live}));
		await waitForSettled(this.session, {view: () => screenToAnsi(this.session.terminal, {rewriteRow: mask})});
	}

	/** Adds the current screen to the recording, held for at least `seconds`. */
	frame(seconds = 0.6): void {
		const data = screenToAnsi(this.session.terminal, {rewriteRow: this.rewriteRow});
		const last = this.screens.at(-1);
		if (last?.data === data) {
			last.seconds = Math.max(last.seconds, seconds);
		} else {
			this.screens.push({data, seconds});
		}
	}

	/** Writes media/step-NN-name.svg from the current screen and holds it longer in the recording. */
	still(name: string, title: string): void {
		const file = `step-${String(this.stills.length + 1).padStart(2, '0')}-${name}.svg`;
		writeFileSync(path.join(this.outdir, file), screenToSvg(this.session.terminal, {title, rewriteRow: this.rewriteRow}));
		this.stills.push(file);
		this.frame(2.5);
	}

	/** The recording: each screen at the time the previous ones were held for; the last stays up before it loops. */
	finish(): CastFrame[] {
		const frames: CastFrame[] = [];
		let time = 0;
		for (const screen of this.screens) {
			frames.push({time, data: screen.data});
			time += screen.seconds;
		}

		const last = this.screens.at(-1);
		if (last) {
			frames.push({time, data: last.data});
		}

		return frames;
	}
}
