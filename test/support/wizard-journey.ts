// How a person moves through the wizard, in terms of what they see: step headings, the highlighted
// choice, the text in a field. Every move waits for the screen to answer before the next key, as a
// person would; nothing here sleeps.
import {waitForSettled} from './screen-settle.js';
import type {PtySession} from './pty-session.js';

export const stepCount = 10;

export const stepHeading = (step: number): string => `Step ${step} of ${stepCount}`;

/** A spinner line: the screen is still loading and does not take keys yet. */
const loading = /^[◐◓◑◒] /m;

/** Waits until the step's heading shows and it has finished loading (keys before that are ignored). */
export async function waitForStep(session: PtySession, step: number, timeout = 15_000): Promise<string> {
	return session.waitForText(screen => screen.includes(stepHeading(step)) && !loading.test(screen), {timeout});
}

const escapeRegExp = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shows = (screen: string, condition: string | RegExp): boolean =>
	typeof condition === 'string' ? screen.includes(condition) : condition.test(screen);

/**
 * Keys the wizard swallowed (no answer at all), counted per session. The wizard sometimes drops a
 * key pressed the instant a new step appears; journeys press it again (as a person would) so each
 * test fails for its own reason, and test/e2e/type-ahead.test.ts holds the wizard to not dropping it.
 */
export const swallowedKeys = new WeakMap<PtySession, number>();

const unansweredAfterMs = 8000;

/** Presses a key, then waits until the screen has answered (changed); presses once more if it did not. */
export async function pressAndWait(session: PtySession, data: string, timeout = 10_000): Promise<string> {
	const before = session.screenText();
	session.write(data);
	try {
		return await session.waitForScreenChange(before, {timeout: Math.min(timeout, unansweredAfterMs)});
	} catch (error) {
		if (session.hasExited || timeout <= unansweredAfterMs) {
			throw error;
		}

		swallowedKeys.set(session, (swallowedKeys.get(session) ?? 0) + 1);
		session.write(data);
		return session.waitForScreenChange(before, {timeout});
	}
}

/** Presses Enter (accepting each field as it is) until the screen shows the condition. */
export async function enterUntil(session: PtySession, condition: string | RegExp, maxPresses = 25): Promise<string> {
	for (let press = 0; press < maxPresses; press++) {
		if (shows(session.screenText(), condition)) {
			return session.screenText();
		}

		await pressAndWait(session, '\r');
		// Every key typed ahead counts, so wait until this Enter has finished drawing (a step
		// transition draws in parts) before deciding whether another one is needed.
		await waitForSettled(session, {view: () => session.screenText(), quietMs: 200});
	}

	return session.waitForText(condition, {timeout: 1000});
}

/** The line of the focused choice list that carries the pointer, e.g. `❯ aes256 (current)`. */
export const highlightedChoice = (value: string, pointer = '❯'): RegExp =>
	new RegExp(`^\\s*${escapeRegExp(pointer)} ${escapeRegExp(value)}(?: \\(current\\))?(?: \\S)?$`, 'm');

/** A focused field's guidance line, `❯ Label (ApiName)`: it carries the pointer too. */
const fieldGuidance = /\([A-Z]\w+\)$/;

/** The highlighted entry of the list on screen (the pointer line that is not a field's guidance), without its marks. */
export function highlightedValue(screen: string, pointer = '❯'): string | undefined {
	const prefix = new RegExp(`^\\s*${escapeRegExp(pointer)} `);
	const line = screen.split('\n').find(text => prefix.test(text) && !fieldGuidance.test(text));
	return line?.replace(prefix, '').replace(/(?: \(current\))?(?: \S)?$/, '');
}

/** The API name of the focused field, from its guidance line `❯ Label (ApiName)`. */
export const focusedField = (screen: string): string | undefined => /^❯ .*\((\w+)\)$/m.exec(screen)?.[1];

/** Presses a key and waits until what it should change (read from the screen) has changed. */
async function pressUntilChanged(session: PtySession, data: string, read: (screen: string) => string | undefined): Promise<string> {
	const before = read(session.screenText());
	await pressAndWait(session, data);
	return session.waitForText(screen => read(screen) !== undefined && read(screen) !== before);
}

/** Moves the highlight of the focused choice list down until it rests on `value`. */
export async function highlight(session: PtySession, value: string, {pointer = '❯', maxMoves = 12} = {}): Promise<string> {
	const target = highlightedChoice(value, pointer);
	await session.waitForText(screen => highlightedValue(screen, pointer) !== undefined);
	for (let move = 0; move < maxMoves; move++) {
		if (target.test(session.screenText())) {
			return session.screenText();
		}

		await pressUntilChanged(session, '\u001B[B', screen => highlightedValue(screen, pointer));
	}

	return session.waitForText(target, {timeout: 1000});
}

/** The focused field's input line as shown (the line under its help and example), trimmed. */
export function focusedInput(screen: string): string | undefined {
	const lines = screen.split('\n');
	const heading = lines.findIndex(line => /^❯ .*\((\w+)\)$/.test(line));
	return heading === -1 ? undefined : (lines[heading + 3] ?? '').trim();
}

/** Clears the focused text field (Ctrl+U) and types the text, waiting until it shows. */
export async function replaceText(session: PtySession, text: string): Promise<string> {
	// Two keystrokes, as a person makes them: Ink reads Ctrl+U and text in one chunk as neither. So
	// the text is typed only once the field shows empty: any other change of the screen (the rest of
	// a frame still arriving) is not Ctrl+U's answer, and typing on it could join the two keys.
	// On a screen too short to show the field's heading, any change it is.
	const before = session.screenText();
	const cleared = (screen: string) => {
		const input = focusedInput(screen);
		return input === undefined ? screen !== before : input === '';
	};

	session.write('\u0015');
	try {
		await session.waitForText(cleared, {timeout: unansweredAfterMs});
	} catch (error) {
		if (session.hasExited) {
			throw error;
		}

		// Swallowed, as a key pressed the instant a step appears sometimes is: pressed again.
		swallowedKeys.set(session, (swallowedKeys.get(session) ?? 0) + 1);
		session.write('\u0015');
		await session.waitForText(cleared);
	}

	session.write(text);
	return session.waitForText(text);
}

/** Presses Tab until the focused field's guidance names this API field, e.g. `(IkeEncAlg)`. */
export async function focusField(session: PtySession, apiName: string, maxMoves = 10): Promise<string> {
	await session.waitForText(screen => focusedField(screen) !== undefined);
	for (let move = 0; move < maxMoves; move++) {
		if (focusedField(session.screenText()) === apiName) {
			return session.screenText();
		}

		await pressUntilChanged(session, '\t', focusedField);
	}

	return session.waitForText(screen => focusedField(screen) === apiName, {timeout: 1000});
}

/** Sets a choice field of the current step. */
export async function choose(session: PtySession, apiName: string, value: string): Promise<string> {
	await focusField(session, apiName);
	return highlight(session, value);
}

/** Sets a text field of the current step. */
export async function fill(session: PtySession, apiName: string, text: string): Promise<string> {
	await focusField(session, apiName);
	return replaceText(session, text);
}

/** From any edit step, Enter through every field until the review shows. */
export async function toReview(session: PtySession): Promise<string> {
	return enterUntil(session, stepHeading(8), 40);
}

/** On the review: send the change (the default action of the review). */
export async function submitFromReview(session: PtySession): Promise<string> {
	await waitForStep(session, 8);
	// The review draws its heading first and its choices a frame later; a Down pressed before the
	// list is there would land on the next choice.
	await session.waitForText(screen => screen.includes(reviewChoices.submit) && /Enter choose/.test(screen));
	await highlight(session, reviewChoices.submit);
	return pressAndWait(session, '\r');
}

export const reviewChoices = {
	submit: 'Submit this change',
	finish: 'Finish: nothing to change',
	cancel: 'Cancel: change nothing',
} as const;

/** The live status lists each transition as `HH:MM:SS  status (BusinessStatus)`. */
export const statusTexts = {
	updating: /\d\d:\d\d:\d\d {2}updating \(/,
	active: /\d\d:\d\d:\d\d {2}active \(/,
	verified: 'Verified: the server has exactly the settings that were sent.',
} as const;

/** The common journey the benchmark and the pictures drive. */
export const journey = {
	regionId: 'cn-hangzhou',
	/** platform-admins: already modern, nobody online, so changes are quiet. */
	serverId: 'iss-bp1x1c3v5b7n9m2a4s6d8',
	serverName: 'platform-admins',
	largeRegionId: 'cn-shanghai',
	updatingText: statusTexts.updating,
	activeText: statusTexts.active,
	verifiedText: statusTexts.verified,
	async toBasics(session: PtySession) {
		return waitForStep(session, 3, 20_000);
	},
	async changeIkeEncryptionAndSubmit(session: PtySession, value: string) {
		await enterUntil(session, stepHeading(4));
		await choose(session, 'IkeEncAlg', value);
		await toReview(session);
		return submitFromReview(session);
	},
	async waitForPickerFirstPage(session: PtySession) {
		return session.waitForText(screen => screen.includes(stepHeading(2)) && /iss-\w+/.test(screen), {timeout: 30_000});
	},
	/** Types into the picker's filter (Esc clears it first) until exactly that server is listed. */
	async searchPicker(session: PtySession, query: string) {
		if (!session.screenText().includes('(type a name or an ID)')) {
			session.escape();
			await session.waitForText('(type a name or an ID)');
		}

		session.write(query);
		return session.waitForText(screen => screen.includes(`Filter: ${query}`) && !screen.includes('looking it up') && /^1 shown/m.test(screen), {timeout: 15_000});
	},
};
