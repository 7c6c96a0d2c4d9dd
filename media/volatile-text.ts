// The text on the wizard's screens that changes from run to run although the program does not:
// clock times, elapsed seconds, RequestIds and ClientTokens (UUIDs), the spinner's frame and the
// temporary config dir. The pictures show fixed stand-ins instead, each exactly as wide as what
// it replaces, so nothing else on the screen moves and the same program gives the same bytes.
import type {RowRewrite} from '../test/support/screen-ansi.js';

const clockTime = /\b\d\d:\d\d:\d\d\b/g;
const uuid = /\b[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/gi;
/** A UUID cut short by a truncated line: `d4322155-fe9…`. */
const cutUuid = /\b[\da-f]{8}-[\da-f-]{0,27}(?=…)/gi;
const elapsed = /\bElapsed (?:\d+ min )?\d+ s\b/g;
const spinnerFrame = /[◐◓◑◒](?= )/g;

/** The first placeholder UUID; the n-th distinct one found ends in n. */
const placeholderUuid = (index: number): string => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
/** A morning that starts at 09:30:00 and moves on 3 s (the sandbox's update time) per new time shown. */
const firstSecond = ((9 * 60) + 30) * 60;
const placeholderTime = (index: number): string => {
	const second = firstSecond + (index * 3);
	return [Math.floor(second / 3600), Math.floor(second / 60) % 60, second % 60].map(part => String(part).padStart(2, '0')).join(':');
};

/** Where the audit log would be for a person (the media run uses a temporary config dir). */
export const shownConfigDir = '~/.config/ipsec-wizard';

const escapeRegExp = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pads with spaces (or cuts) to exactly `width` characters. */
const fit = (text: string, width: number): string => text.padEnd(width).slice(0, width);

/** Every digit run as the same fixed number of the same width. */
const fixedDigits = (text: string): string => text.replaceAll(/\d+/g, digits => '2'.padStart(digits.length, '0'));

const configDirPattern = (configDir: string): RegExp => new RegExp(`${escapeRegExp(configDir)}(\\S*)`, 'g');

/**
 * The same text with every volatile part as a constant: for telling whether a screen has changed
 * in a way that matters. Stateless, so it can be asked as often as needed.
 */
export function maskVolatileText(text: string, {spinner = true}: {spinner?: boolean} = {}): string {
	const masked = text
		.replaceAll(uuid, match => match.replaceAll(/[\da-f]/gi, '0'))
		.replaceAll(elapsed, fixedDigits)
		.replaceAll(clockTime, '00:00:00');
	return spinner ? masked.replaceAll(spinnerFrame, '◐') : masked;
}

/**
 * A rewrite for one recording: the n-th distinct UUID becomes the n-th placeholder UUID and the
 * n-th distinct clock time the n-th placeholder time, the same on every screen, so a RequestId
 * or a transition time that shows twice still reads the same twice. A time after "at" (when the
 * last RequestId was answered) is whichever poll happened to answer it; it reads as the latest
 * time shown, so whether it fell on the same second as a transition cannot change the sequence.
 */
export function volatileTextRewrite(configDir: string): (text: string) => string {
	const uuids = new Map<string, string>();
	const times = new Map<string, string>();
	const uuidFor = (original: string): string => {
		const key = original.toLowerCase();
		const placeholder = uuids.get(key) ?? placeholderUuid(uuids.size);
		uuids.set(key, placeholder);
		return placeholder;
	};

	const timeFor = (original: string): string => {
		const placeholder = times.get(original) ?? placeholderTime(times.size);
		times.set(original, placeholder);
		return placeholder;
	};

	const latestTime = (): string => placeholderTime(Math.max(0, times.size - 1));
	const configDirText = configDirPattern(configDir);
	return text => text
		.replaceAll(configDirText, (match, rest: string) => fit(`${shownConfigDir}${rest}`, match.length))
		.replaceAll(uuid, uuidFor)
		.replaceAll(cutUuid, match => placeholderUuid(0).slice(0, match.length))
		.replaceAll(elapsed, fixedDigits)
		.replaceAll(clockTime, (match, offset: number, whole: string) =>
			whole.slice(Math.max(0, offset - 3), offset) === 'at ' && times.size > 0 ? latestTime() : timeFor(match))
		.replaceAll(spinnerFrame, '◐');
}

/**
 * Applies a text rewrite to a row of terminal cells. Every rewrite above keeps the text's length
 * and only touches one-cell characters, so each cell keeps its column (and its colours).
 */
export function rowRewrite(rewrite: (text: string) => string): RowRewrite {
	return cells => {
		const text = cells.join('');
		const rewritten = rewrite(text);
		if (rewritten === text) {
			return cells;
		}

		if (rewritten.length !== text.length) {
			throw new Error(`A volatile-text rewrite changed the row's width: ${JSON.stringify(text)} became ${JSON.stringify(rewritten)}`);
		}

		let offset = 0;
		return cells.map(cell => {
			const next = rewritten.slice(offset, offset + cell.length);
			offset += cell.length;
			return next;
		});
	};
}
