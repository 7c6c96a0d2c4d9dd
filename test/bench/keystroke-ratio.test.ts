// The bench's keystroke budget as a ratio: the order keys reach the wizard and the bare Ink text
// field, and how their samples become the p95 ratio the wizard is held to. Pure; nothing is timed.
import test from 'ava';
import {compareKeystrokes, inTurn, keyAt, keystrokeRatioBudget, keystrokeRows, type KeystrokeSample} from '../../bench/keystroke-ratio.js';
import {renderTable} from '../../bench/report.js';
import {bareRenderOptions} from '../../bench/fixtures/bare-ink-render-options.js';
import {renderOptions} from '../../source/cli/run-wizard.js';

const samples = (...ms: number[]): KeystrokeSample[] => ms.map(value => ({ms: value, bytes: 100}));
/** 20 samples whose nearest-rank p95 (the 19th smallest) is `p95`, the rest well under it. */
const withP95 = (p95: number): KeystrokeSample[] => samples(...Array.from({length: 18}, () => 1), p95, p95 * 10);

test('key k reaches every program before key k + 1 reaches any, and it is the same key for each', t => {
	const turns = inTurn(['wizard', 'bare'], 3);
	t.deepEqual(turns.map(turn => `${turn.target}:${turn.key}`), ['wizard:0', 'bare:0', 'wizard:1', 'bare:1', 'wizard:2', 'bare:2']);
	for (const turn of turns) {
		t.is(turn.data, keyAt(turn.key));
	}
});

test('the keys alternate a letter and Backspace, so the field never grows past one character', t => {
	t.deepEqual(Array.from({length: 6}, (_, index) => keyAt(index)), ['a', '\u007F', 'b', '\u007F', 'c', '\u007F']);
	t.is(keyAt(52), 'a');
});

test('the ratio is the wizard p95 over the bare p95, from answered keys only', t => {
	const wizard = [...withP95(12), {ms: Number.NaN, bytes: 0, lost: true}];
	const comparison = compareKeystrokes(wizard, withP95(10));
	t.is(comparison.wizard.latency.p95, 12);
	t.is(comparison.bare.latency.p95, 10);
	t.is(comparison.wizard.lostKeys, 1);
	t.is(comparison.bare.lostKeys, 0);
	t.is(comparison.p95Ratio, 1.2);
	t.is(comparison.p50Ratio, 1);
	t.true(comparison.withinBudget);
});

test('the wizard meets the budget at exactly 1.5× and misses it just above', t => {
	t.is(keystrokeRatioBudget, 1.5);
	t.true(compareKeystrokes(withP95(15), withP95(10)).withinBudget);
	t.false(compareKeystrokes(withP95(15.2), withP95(10)).withinBudget);
});

test('a slow machine that slows both alike leaves the verdict as it was', t => {
	const calm = compareKeystrokes(withP95(12), withP95(9));
	const busy = compareKeystrokes(withP95(12 * 1.4), withP95(9 * 1.4));
	t.is(busy.p95Ratio.toFixed(6), calm.p95Ratio.toFixed(6));
	t.is(busy.withinBudget, calm.withinBudget);
});

test('with no answered key from the bare app there is no ratio, and no pass', t => {
	const comparison = compareKeystrokes(withP95(12), [{ms: Number.NaN, bytes: 0, lost: true}]);
	t.true(Number.isNaN(comparison.p95Ratio));
	t.false(comparison.withinBudget);
});

test('the table holds the wizard to the ratio, and prints 16 ms as a reference that is never OVER', t => {
	const table = renderTable(keystrokeRows(compareKeystrokes(withP95(16.9), withP95(10)), 20, 10));
	const line = (start: string) => table.split('\n').find(row => row.startsWith(start)) ?? '';
	t.regex(line('wizard ÷ bare Ink keystroke p95'), /1\.69×\s+budget 1\.50×.*OVER$/);
	t.regex(line('wizard form step: keystroke → screen p95'), /16\.9 ms\s+reference 16 ms.*above \(reference only\)$/);
	t.regex(line('bytes written per keystroke'), /100 B\s+budget 1024 B.*ok$/);
	t.regex(line('wizard ÷ bare Ink keystroke p50'), /1\.00×$/);
	const within = renderTable(keystrokeRows(compareKeystrokes(withP95(16.9), withP95(12)), 20, 10));
	t.regex(within, /wizard ÷ bare Ink keystroke p95.*1\.41×.*ok$/m);
	t.notRegex(within, /OVER/);
});

test('the bare text field renders with the wizard\'s Ink options, so only what is drawn differs', t => {
	t.deepEqual(bareRenderOptions, renderOptions);
});
