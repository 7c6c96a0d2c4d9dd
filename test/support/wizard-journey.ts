// How a person moves through the wizard, in terms of what they see: step headings, the highlighted
// choice, the text in a field. Every move waits for the screen to answer before the next key, as a
// person would; nothing here sleeps.
import type {PtySession} from './pty-session.js';

export const stepCount = 10;

export const stepHeading = (step: number): string => `Step ${step} of ${stepCount}`;

export async function waitForStep(session: PtySession, step: number, timeout = 15_000): Promise<string> {
	return session.waitForText(stepHeading(step), {timeout});
}

const escapeRegExp = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shows = (screen: string, condition: string | RegExp): boolean =>
	typeof condition === 'string' ? screen.includes(condition) : condition.test(screen);

/** Presses a key, then waits until the screen has answered (changed). */
export async function pressAndWait(session: PtySession, data: string, timeout = 10_000): Promise<string> {
	const before = session.screenText();
	session.write(data);
	return session.waitForScreenChange(before, {timeout});
}

/** Presses Enter (accepting each field as it is) until the screen shows the condition. */
export async function enterUntil(session: PtySession, condition: string | RegExp, maxPresses = 25): Promise<string> {
	for (let press = 0; press < maxPresses; press++) {
		if (shows(session.screenText(), condition)) {
			return session.screenText();
		}

		await pressAndWait(session, '\r');
	}

	return session.waitForText(condition, {timeout: 1000});
}

/** The line of the focused choice list that carries the pointer, e.g. `❯ aes256 (current)`. */
export const highlightedChoice = (value: string, pointer = '❯'): RegExp =>
	new RegExp(`^\\s+${escapeRegExp(pointer)} ${escapeRegExp(value)}(?: \\(current\\))?(?: \\S)?$`, 'm');

/** Moves the highlight of the focused choice list down until it rests on `value`. */
export async function highlight(session: PtySession, value: string, {pointer = '❯', maxMoves = 12} = {}): Promise<string> {
	const target = highlightedChoice(value, pointer);
	for (let move = 0; move < maxMoves; move++) {
		if (target.test(session.screenText())) {
			return session.screenText();
		}

		await pressAndWait(session, '\u001B[B');
	}

	return session.waitForText(target, {timeout: 1000});
}

/** Clears the focused text field (Ctrl+U) and types the text, waiting until it shows. */
export async function replaceText(session: PtySession, text: string): Promise<string> {
	session.write('\u0015');
	session.write(text);
	return session.waitForText(text);
}

/** Presses Tab until the focused field's guidance names this API field, e.g. `(IkeEncAlg)`. */
export async function focusField(session: PtySession, apiName: string, maxMoves = 10): Promise<string> {
	const focused = `(${apiName})`;
	for (let move = 0; move < maxMoves; move++) {
		if (session.screenText().includes(focused)) {
			return session.screenText();
		}

		await pressAndWait(session, '\t');
	}

	return session.waitForText(focused, {timeout: 1000});
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
	return enterUntil(session, new RegExp(`${stepHeading(9)}|${stepHeading(10)}`), 3);
}

export const statusTexts = {
	updating: /updating/i,
	active: /\bactive\b/i,
	verified: /verified/i,
} as const;

/** The common journey the benchmark and the pictures drive. */
export const journey = {
	regionId: 'cn-hangzhou',
	/** platform-admins: already modern, nobody online, so changes are quiet. */
	serverId: 'iss-bp1x1c3v5b7n9m2a4s6d8',
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
	async searchPicker(session: PtySession, query: string) {
		session.write('/');
		session.write(query);
		return session.waitForText(screen => screen.includes(query) && screen.split('\n').filter(line => line.includes(query)).length >= 2, {timeout: 15_000});
	},
};
