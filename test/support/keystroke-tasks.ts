// Small changes as a person makes them from launch, counting every key pressed apart from the
// characters of the values typed. Each key is pressed once the screen is ready for it and counted
// once: a key the wizard swallowed is not pressed again (the task fails instead), so a figure
// never hides a lost key. Used by the bench (keystrokes per task) and by the e2e test that holds
// the one-field change to its budget.
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {PtySession, TextCondition} from './pty-session.js';
import {keys} from './keys.js';
import {focusedField, reviewChoices, stepHeading, statusTexts} from './wizard-journey.js';

export type KeyTally = {keys: number; typed: number};

const matches = (screen: string, condition: TextCondition): boolean =>
	typeof condition === 'string' ? screen.includes(condition) : typeof condition === 'function' ? condition(screen) : condition.test(screen);

/** A spinner line: the screen is still loading and does not take keys yet. */
const loading = /^[◐◓◑◒] /m;

export class CountingKeyboard {
	readonly tally: KeyTally = {keys: 0, typed: 0};

	constructor(readonly session: PtySession) {}

	/** Waits until the screen is ready (as a person waits to see it), presses the key, waits for its effect. */
	async press(data: string, ready: TextCondition): Promise<string> {
		await this.session.waitForText(screen => matches(screen, ready) && !loading.test(screen), {timeout: 20_000});
		const before = this.session.screenText();
		this.tally.keys++;
		this.session.write(data);
		return this.session.waitForScreenChange(before, {timeout: 10_000});
	}

	/** Types a value (its characters are not keys of the task) once the screen is ready, and waits until it shows. */
	async type(text: string, ready: TextCondition): Promise<string> {
		await this.session.waitForText(ready, {timeout: 20_000});
		this.tally.typed += [...text].length;
		this.session.write(text);
		return this.session.waitForText(text);
	}
}

export const taskRegionId = 'cn-hangzhou';
/** The first server of the demo region's list. */
export const taskServerId = demoServerIds.legacy;
/** A free block for that server's pool (its VPC is 192.168.0.0/16 and 172.20.0.0/16). */
export const newClientPool = '10.9.0.0/24';

/** Where the task starts: the region and server lists, or `--region … --server …`. */
export type TaskStart = 'lists' | 'server';

export const taskArgs = (start: TaskStart): string[] => (start === 'server' ? ['--region', taskRegionId, '--server', taskServerId] : []);

const ctrlG = '\u0007';

const onStep = (step: number, also: (screen: string) => boolean = () => true) =>
	(screen: string) => screen.includes(stepHeading(step)) && also(screen);
const focusedOn = (step: number, apiName: string) => onStep(step, screen => focusedField(screen) === apiName);
const escapeRegExp = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The list's pointer rests on this entry (field guidance lines carry the pointer too, hence the whole line). */
const pointerOn = (screen: string, entry: string): boolean => new RegExp(`^\\s*❯ ${escapeRegExp(entry)}(?: \\(current\\))?(?: ●)?$`, 'm').test(screen);
const highlighted = (step: number, value: string) => onStep(step, screen => pointerOn(screen, value));
const reviewReady = (choice: string) => onStep(8, screen => screen.includes('Enter choose') && pointerOn(screen, choice));

/** Region list, then server list: the first entry of each (cn-hangzhou, then the first demo server). */
async function openFromLists(keyboard: CountingKeyboard): Promise<void> {
	await keyboard.press(keys.enter, onStep(1, screen => /^❯ cn-hangzhou /m.test(screen)));
	await keyboard.press(keys.enter, onStep(2, screen => /^\d+ shown/m.test(screen) && new RegExp(`^❯ .*${taskServerId}`, 'm').test(screen)));
}

async function submitAndVerify(keyboard: CountingKeyboard): Promise<void> {
	await keyboard.press(keys.enter, reviewReady(reviewChoices.submit));
	await keyboard.session.waitForText(statusTexts.verified, {timeout: 60_000});
}

export type KeystrokeTask = {name: string; start: TaskStart; run(keyboard: CountingKeyboard): Promise<void>};

export const changeThePool = (start: TaskStart): KeystrokeTask => ({
	name: `change the pool, ${start === 'lists' ? 'from the lists' : 'with --server'}`,
	start,
	async run(keyboard) {
		if (start === 'lists') {
			await openFromLists(keyboard);
		}

		await keyboard.press(keys.tab, focusedOn(3, 'IpsecServerName'));
		await keyboard.press(keys.tab, focusedOn(3, 'LocalSubnet'));
		await keyboard.press(keys.ctrlU, focusedOn(3, 'ClientIpPool'));
		await keyboard.type(newClientPool, focusedOn(3, 'ClientIpPool'));
		await keyboard.press(ctrlG, onStep(3, screen => screen.includes(newClientPool) && !screen.includes('✘')));
		await submitAndVerify(keyboard);
	},
});

/** A new random key: the review, its step number 6 (Authentication), "Generate a new random key", review, submit. */
export const rotateTheKey: KeystrokeTask = {
	name: 'rotate the key, from the lists',
	start: 'lists',
	async run(keyboard) {
		await openFromLists(keyboard);
		await keyboard.press(ctrlG, focusedOn(3, 'IpsecServerName'));
		await keyboard.press('6', reviewReady(reviewChoices.finish));
		await keyboard.press(keys.down, highlighted(6, 'Keep the key in use'));
		await keyboard.press(keys.down, highlighted(6, 'Type a new key'));
		await keyboard.press(ctrlG, highlighted(6, 'Generate a new random key'));
		await submitAndVerify(keyboard);
	},
};

/** `r` on Phase 1 and on Phase 2, each reached from the review by its step number, then submit. */
export const applyThePreset: KeystrokeTask = {
	name: 'both presets, from the lists',
	start: 'lists',
	async run(keyboard) {
		await openFromLists(keyboard);
		await keyboard.press(ctrlG, focusedOn(3, 'IpsecServerName'));
		await keyboard.press('4', reviewReady(reviewChoices.finish));
		await keyboard.press('r', focusedOn(4, 'IkeVersion'));
		await keyboard.press(ctrlG, onStep(4, screen => screen.includes('Preset applied')));
		await keyboard.press('5', reviewReady(reviewChoices.submit));
		await keyboard.press('r', focusedOn(5, 'IpsecEncAlg'));
		await keyboard.press(ctrlG, onStep(5, screen => screen.includes('Preset applied')));
		await submitAndVerify(keyboard);
	},
};

export const keystrokeTasks: readonly KeystrokeTask[] = [changeThePool('lists'), changeThePool('server'), rotateTheKey, applyThePreset];
