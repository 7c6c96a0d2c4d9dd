// A program running in a real pseudo-terminal, its output fed into a headless xterm so a test
// reads the screen as a person sees it. Every wait is condition-based: it resolves on the output
// that makes it true and, on timeout, rejects with the screen as it was.
import {performance} from 'node:perf_hooks';
import * as pty from 'node-pty';
import xterm from '@xterm/headless';
import {childEnvironment} from './child-env.js';
import {keys, type KeyName} from './keys.js';

export type PtyOptions = {
	command: string;
	args?: string[];
	cols?: number;
	rows?: number;
	cwd?: string;
	/** The complete environment; default childEnvironment(). */
	env?: Record<string, string>;
};

export type PtyExit = {exitCode: number; signal?: number};

export type TextCondition = string | RegExp | ((screen: string) => boolean);

type Waiter = {check: () => boolean; resolve: () => void; fail: (reason: string) => void};

const synchronizedBegin = '\u001B[?2026h';
const synchronizedEnd = '\u001B[?2026l';

const describeCondition = (condition: TextCondition): string =>
	typeof condition === 'function' ? 'a condition' : String(condition);

export class PtySession {
	readonly terminal: xterm.Terminal;
	/** performance.now() when the program was spawned. */
	readonly startedAt: number;
	/** Output is parsed into the screen; resolved when the program has exited. */
	readonly exited: Promise<PtyExit>;
	private readonly child: pty.IPty;
	private readonly chunks: Buffer[] = [];
	private readonly waiters = new Set<Waiter>();
	private readonly parsedListeners = new Set<() => void>();
	private exitInfo: PtyExit | undefined;
	private pendingWrites = 0;
	/**
	 * The screen holds part of a synchronized frame (begun with ESC[?2026h, not yet ended with
	 * ESC[?2026l): a terminal would not show it yet, so no condition is judged on it. One write of
	 * the program can reach us in several reads when the machine is loaded.
	 */
	private midFrame = false;
	/** The same, for the output received (it is parsed later). */
	private frameOpenInOutput = false;
	/** The end of the output so far, where a mark split between two reads begins. */
	private outputTail = '';

	constructor(options: PtyOptions) {
		const cols = options.cols ?? 80;
		const rows = options.rows ?? 24;
		this.terminal = new xterm.Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
		const env = options.env ?? childEnvironment();
		this.startedAt = performance.now();
		this.child = pty.spawn(options.command, options.args ?? [], {
			name: env.TERM ?? 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? process.cwd(),
			env,
			encoding: null,
		});
		// The terminal answers queries (cursor position, device attributes) the way a real one does.
		this.terminal.onData(data => {
			if (!this.exitInfo) {
				this.child.write(data);
			}
		});
		this.child.onData((data: string | Buffer) => {
			const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
			this.chunks.push(bytes);
			const inFrame = this.frameOpenAfter(bytes);
			this.pendingWrites++;
			this.terminal.write(bytes, () => {
				this.pendingWrites--;
				this.midFrame = inFrame;
				this.afterParse();
			});
		});
		this.exited = new Promise(resolve => {
			this.child.onExit(({exitCode, signal}) => {
				this.exitInfo = signal ? {exitCode, signal} : {exitCode};
				// Let the last output reach the screen before anyone reads it.
				this.whenParsed(() => {
					resolve(this.exitInfo!);
					this.midFrame = false; // a frame cut off by the exit is all there will be
					this.afterParse();
					// The screen will not change any more: what is still awaited will not come.
					for (const waiter of this.waiters) {
						waiter.fail('the program exited first');
					}
				});
			});
		});
	}

	get pid(): number {
		return this.child.pid;
	}

	get cols(): number {
		return this.terminal.cols;
	}

	get rows(): number {
		return this.terminal.rows;
	}

	get hasExited(): boolean {
		return this.exitInfo !== undefined;
	}

	/** Everything the program wrote, byte for byte. */
	rawBytes(): Buffer {
		return Buffer.concat(this.chunks);
	}

	/** The raw output as text (UTF-8), escape sequences included. */
	rawText(): string {
		return this.rawBytes().toString('utf8');
	}

	get bytesWritten(): number {
		return this.chunks.reduce((total, chunk) => total + chunk.length, 0);
	}

	/** The visible lines, right-trimmed. */
	screenLines(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push((buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').trimEnd());
		}

		return lines;
	}

	/** The visible screen as one string, trailing blank lines dropped. */
	screenText(): string {
		return this.screenLines().join('\n').replace(/\n+$/, '');
	}

	/**
	 * Visible rows that continue the row above because the program wrote past the right edge:
	 * a line wider than the terminal.
	 */
	wrappedRows(): number[] {
		const buffer = this.terminal.buffer.active;
		const rows: number[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			if (buffer.getLine(buffer.viewportY + row)?.isWrapped) {
				rows.push(row);
			}
		}

		return rows;
	}

	/** Lines that scrolled off the top of the screen into the scrollback. */
	scrolledOffLines(): number {
		return this.terminal.buffer.active.baseY;
	}

	/** Resolves when the screen satisfies the condition (now or after some later output). */
	async waitForText(condition: TextCondition, {timeout = 10_000}: {timeout?: number} = {}): Promise<string> {
		const matches = (): boolean => {
			const screen = this.screenText();
			if (typeof condition === 'string') {
				return screen.includes(condition);
			}

			return typeof condition === 'function' ? condition(screen) : condition.test(screen);
		};

		await this.waitFor(matches, `screen to show ${describeCondition(condition)}`, timeout);
		return this.screenText();
	}

	/** Resolves when the screen no longer satisfies the condition. */
	async waitForTextGone(condition: string | RegExp, {timeout = 10_000}: {timeout?: number} = {}): Promise<string> {
		const gone = (): boolean => {
			const screen = this.screenText();
			return typeof condition === 'string' ? !screen.includes(condition) : !condition.test(screen);
		};

		await this.waitFor(gone, `screen to stop showing ${String(condition)}`, timeout);
		return this.screenText();
	}

	/**
	 * Resolves when the raw output (everything written so far, escape sequences included) contains
	 * the text or matches the pattern: for things that were on screen, perhaps only briefly.
	 */
	async waitForRaw(text: string | RegExp, {timeout = 10_000}: {timeout?: number} = {}): Promise<void> {
		const seen = () => (typeof text === 'string' ? this.rawText().includes(text) : text.test(this.rawText()));
		await this.waitFor(seen, `output to contain ${typeof text === 'string' ? JSON.stringify(text) : String(text)}`, timeout);
	}

	/** Resolves with the exit, or rejects with the screen if the program is still running. */
	async waitForExit({timeout = 10_000}: {timeout?: number} = {}): Promise<PtyExit> {
		await this.waitFor(() => this.exitInfo !== undefined, 'the program to exit', timeout);
		return this.exited;
	}

	/** Resolves on the next parsed output whose screen differs from `before`. */
	async waitForScreenChange(before: string, {timeout = 10_000}: {timeout?: number} = {}): Promise<string> {
		return this.waitForText(screen => screen !== before, {timeout});
	}

	/** Calls back every time output has been parsed into the screen; returns an unsubscribe. */
	onParsed(listener: () => void): () => void {
		this.parsedListeners.add(listener);
		return () => this.parsedListeners.delete(listener);
	}

	/** Types text (or any bytes) as if from the keyboard. */
	write(data: string): void {
		if (!this.exitInfo) {
			this.child.write(data);
		}
	}

	type(text: string): void {
		this.write(text);
	}

	press(...names: KeyName[]): void {
		this.write(names.map(name => keys[name]).join(''));
	}

	enter(): void {
		this.press('enter');
	}

	escape(): void {
		this.press('escape');
	}

	up(): void {
		this.press('up');
	}

	down(): void {
		this.press('down');
	}

	tab(): void {
		this.press('tab');
	}

	ctrlC(): void {
		this.press('ctrlC');
	}

	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
		if (!this.exitInfo) {
			this.child.resize(cols, rows);
		}
	}

	/** Sends a signal to the program (default SIGTERM). */
	signal(name: NodeJS.Signals = 'SIGTERM'): void {
		if (!this.exitInfo) {
			this.child.kill(name);
		}
	}

	/** Ends the program if it still runs and waits for it; safe to call twice. */
	async kill(): Promise<PtyExit> {
		this.signal('SIGKILL');
		return this.exited;
	}

	/** Whether a synchronized frame is open once this chunk is parsed. */
	private frameOpenAfter(bytes: Buffer): boolean {
		const text = this.outputTail + bytes.toString('latin1');
		this.outputTail = text.slice(-(synchronizedEnd.length - 1));
		const begin = text.lastIndexOf(synchronizedBegin);
		const end = text.lastIndexOf(synchronizedEnd);
		if (begin !== end) {
			this.frameOpenInOutput = begin > end;
		}

		return this.frameOpenInOutput;
	}

	private whenParsed(callback: () => void): void {
		if (this.pendingWrites === 0) {
			callback();
		} else {
			this.terminal.write('', () => callback());
		}
	}

	private afterParse(): void {
		for (const listener of this.parsedListeners) {
			listener();
		}

		if (this.midFrame) {
			return;
		}

		for (const waiter of this.waiters) {
			if (waiter.check()) {
				this.waiters.delete(waiter);
				waiter.resolve();
			}
		}
	}

	private async waitFor(check: () => boolean, what: string, timeout: number): Promise<void> {
		if (!this.midFrame && check()) {
			return;
		}

		await new Promise<void>((resolve, reject) => {
			const fail = (reason: string) => {
				clearTimeout(timer);
				this.waiters.delete(waiter);
				const status = this.exitInfo ? ` (exited with ${JSON.stringify(this.exitInfo)})` : '';
				reject(new Error(`Gave up waiting for ${what}: ${reason}${status}. Screen:\n${this.screenText()}`));
			};

			const timer = setTimeout(() => fail(`timed out after ${timeout} ms`), timeout);
			const waiter: Waiter = {
				check,
				resolve() {
					clearTimeout(timer);
					resolve();
				},
				fail,
			};
			if (this.exitInfo && this.pendingWrites === 0) {
				fail('the program had already exited');
				return;
			}

			this.waiters.add(waiter);
		});
	}
}

export const startPty = (options: PtyOptions): PtySession => new PtySession(options);
