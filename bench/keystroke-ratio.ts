// The keystroke budget as a ratio, and the order the keys are typed in. Pure: the timing is done
// by keystroke-latency.ts. On a shared machine the absolute keystroke → screen time moves with the
// machine's load; a bare Ink text field typed into in the same run, key by key in turn with the
// wizard, moves with it, so the wizard is held to a multiple of that floor instead.
import {keys} from '../test/support/keys.js';
import type {Row} from './report.js';
import {round, summarize, type Summary} from './stats.js';

/** The wizard's keystroke → screen p95 over the bare Ink text field's, measured in the same run. */
export const keystrokeRatioBudget = 1.5;

/** The old absolute line (one 60 Hz frame): still printed, as a reference only. */
export const keystrokeReferenceMs = 16;

/** `lost`: the screen did not answer within 5 s (the key was swallowed or its frame never drawn). */
export type KeystrokeSample = {ms: number; bytes: number; lost?: boolean};

/** The key typed at position `index`: a letter, then Backspace, and so on, so the field stays short. */
export const keyAt = (index: number): string => (index % 2 === 0 ? String.fromCodePoint(97 + ((index / 2) % 26)) : keys.backspace);

export type Turn<Target> = {target: Target; key: number; data: string};

/**
 * Every target gets key 0, then every target gets key 1, and so on: key k reaches each target
 * within moments of the others, so a change in the machine's speed lands on all of them alike.
 */
export function inTurn<Target>(targets: readonly Target[], count: number): Array<Turn<Target>> {
	const turns: Array<Turn<Target>> = [];
	for (let key = 0; key < count; key++) {
		for (const target of targets) {
			turns.push({target, key, data: keyAt(key)});
		}
	}

	return turns;
}

export type KeystrokeFigures = {latency: Summary; bytes: Summary; meanBytes: number; lostKeys: number};

export function keystrokeFigures(all: KeystrokeSample[]): KeystrokeFigures {
	const answered = all.filter(sample => !sample.lost);
	return {
		latency: summarize(answered.map(sample => sample.ms)),
		bytes: summarize(answered.map(sample => sample.bytes)),
		meanBytes: answered.length > 0 ? answered.reduce((total, sample) => total + sample.bytes, 0) / answered.length : Number.NaN,
		lostKeys: all.length - answered.length,
	};
}

export type KeystrokeComparison = {
	wizard: KeystrokeFigures;
	bare: KeystrokeFigures;
	/** wizard p95 ÷ bare p95; NaN when either has no answered key. */
	p95Ratio: number;
	/** wizard p50 ÷ bare p50: printed beside the budget, less moved by a few slow keys. */
	p50Ratio: number;
	withinBudget: boolean;
};

export function compareKeystrokes(wizard: KeystrokeSample[], bare: KeystrokeSample[]): KeystrokeComparison {
	const wizardFigures = keystrokeFigures(wizard);
	const bareFigures = keystrokeFigures(bare);
	const ratio = (wizardMs: number, bareMs: number) => (bareMs > 0 ? wizardMs / bareMs : Number.NaN);
	const p95Ratio = ratio(wizardFigures.latency.p95, bareFigures.latency.p95);
	return {
		wizard: wizardFigures,
		bare: bareFigures,
		p95Ratio,
		p50Ratio: ratio(wizardFigures.latency.median, bareFigures.latency.median),
		withinBudget: p95Ratio <= keystrokeRatioBudget,
	};
}

/** The table's keystroke rows; `keysEach` keys to each program, `perSecond` to each. */
export function keystrokeRows(comparison: KeystrokeComparison, keysEach: number, perSecond: number): Row[] {
	const {wizard, bare} = comparison;
	return [
		{metric: `bare Ink text field: keystroke → screen p50 (${keysEach} keys)`, value: round(bare.latency.median), unit: 'ms'},
		{metric: 'bare Ink text field: keystroke → screen p95', value: round(bare.latency.p95), unit: 'ms'},
		{metric: `wizard form step: keystroke → screen p50 (${keysEach} keys, ${perSecond}/s)`, value: round(wizard.latency.median), unit: 'ms'},
		{metric: 'wizard form step: keystroke → screen p95', value: round(wizard.latency.p95), unit: 'ms', limit: {label: 'reference', value: keystrokeReferenceMs, reference: true}},
		{
			metric: 'wizard ÷ bare Ink keystroke p95, key by key in turn',
			value: round(comparison.p95Ratio, 2),
			unit: '×',
			limit: {label: 'budget', value: keystrokeRatioBudget},
		},
		{metric: 'wizard ÷ bare Ink keystroke p50 (not a budget)', value: round(comparison.p50Ratio, 2), unit: '×'},
		{metric: `keystrokes with no answer within 5 s (wizard, of ${keysEach})`, value: wizard.lostKeys, unit: '', limit: {label: 'expected', value: 0}},
		{metric: `keystrokes with no answer within 5 s (bare Ink, of ${keysEach})`, value: bare.lostKeys, unit: '', limit: {label: 'expected', value: 0}},
		{metric: 'bytes written per keystroke (mean)', value: round(wizard.meanBytes), unit: 'B', limit: {label: 'budget', value: 1024}},
	];
}
