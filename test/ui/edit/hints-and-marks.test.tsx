// Issue 11 items 4 and 5 on the edit steps: the hint line describes the field that has focus, a
// field shows its weakness mark even when collapsed, and one key goes from any step to the review.
import {readFileSync} from 'node:fs';
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import {helpText} from '../../../source/cli/help-text.js';
import type {EditStepId} from '../../../source/ui/edit/edit-flow.js';
import {reviewKeyName} from '../../../source/ui/edit/review-key.js';
import {helpRows} from '../../../source/ui/flow/help-overlay.js';
import {server} from './fixtures.js';
import {keys, press, pressQuietly, renderEditFlow, waitFor, waitForFrame} from './harness.js';

const ctrlG = '\u0007';
const steps: Array<[EditStepId, string]> = [['basics', 'Basics'], ['ike', 'Phase 1'], ['ipsec', 'Phase 2'], ['auth', 'Authentication'], ['apply', 'When to apply']];

/** The hint line: the last line of the frame. */
const hintLine = (frame: string): string => stripVTControlCharacters(frame).trimEnd().split('\n').at(-1) ?? '';

test('hints follow the focused field: `r recommended` and `? help` only while a choice list has focus', async t => {
	const instance = await renderEditFlow({step: 'ike'});
	const onList = hintLine(await waitForFrame(instance, 'IkeVersion'));
	t.regex(onList, /r recommended/);
	t.regex(onList, /\? help/);
	for (let field = 0; field < 5; field++) {
		await press(instance, keys.tab);
	}

	const onLifetime = hintLine(await waitForFrame(instance, '(IkeLifetime)'));
	t.notRegex(onLifetime, /r recommended/, 'r is typed as text in the lifetime field');
	t.notRegex(onLifetime, /\? help/, '? is typed as text in the lifetime field');
	await press(instance, keys.tab);
	t.notRegex(hintLine(await waitForFrame(instance, '(LocalId)')), /r recommended|\? help/);
	await press(instance, keys.shiftTab, keys.shiftTab);
	t.regex(hintLine(await waitForFrame(instance, '(IkePfs)')), /r recommended/);
	instance.unmount();
});

test('Basics is all text fields, so its hints never offer `?` as help', async t => {
	const instance = await renderEditFlow();
	t.notRegex(hintLine(await waitForFrame(instance, '(IpsecServerName)')), /\? help/);
	instance.unmount();
});

const legacy = {
	...server,
	ikeConfig: {...server.ikeConfig, ikeVersion: 'ikev1' as const, ikeMode: 'aggressive' as const, ikeEncAlg: 'des' as const, ikeAuthAlg: 'md5' as const, ikePfs: 'group1' as const},
};

for (const unicode of [true, false]) {
	const mark = unicode ? '⚠' : '!';
	test(`collapsed fields show their weakness mark (${unicode ? 'Unicode' : 'ASCII'}): a legacy server's Phase 1 at a glance`, async t => {
		const instance = await renderEditFlow({step: 'ike', server: legacy, unicode, color: false});
		const lines = stripVTControlCharacters(await waitForFrame(instance, 'IkeVersion')).split('\n');
		const row = (label: string) => lines.find(line => line.includes(`${label}: `)) ?? `(no row ${label})`;
		for (const label of ['IKE mode', 'Phase 1 encryption', 'Phase 1 integrity', 'Phase 1 DH group']) {
			t.true(row(label).startsWith(`${mark} ${label}: `), row(label));
		}

		for (const label of ['Phase 1 lifetime', 'Local ID']) {
			t.true(row(label).startsWith(`  ${label}: `), row(label));
		}

		instance.unmount();
	});
}

test('a weakness fixed by `r` loses its mark', async t => {
	const instance = await renderEditFlow({step: 'ike', server: legacy});
	await waitForFrame(instance, 'IkeVersion');
	await press(instance, 'r');
	const frame = stripVTControlCharacters(await waitForFrame(instance, 'applied'));
	t.false(frame.split('\n').some(line => line.startsWith('⚠')), frame);
	instance.unmount();
});

for (const [step, title] of steps) {
	test(`Ctrl+G on ${title} goes straight to the review, and the hint line says so`, async t => {
		const instance = await renderEditFlow({step, edits: {clientIpPool: '10.30.0.0/24'}});
		const frame = await waitForFrame(instance, title);
		t.regex(hintLine(frame), /Ctrl\+G review/);
		await press(instance, ctrlG);
		const review = await waitForFrame(instance, 'Step 8 of 10');
		t.regex(review, /Changes \(1\)/);
		t.regex(review, /Client IP pool: 10\.10\.0\.0\/24 \S+ 10\.30\.0\.0\/24/);
		t.deepEqual(instance.events.steps, ['review']);
		instance.unmount();
	});
}

test('Ctrl+G in a text field is not typed, and a field of the step that needs fixing keeps the step', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, '(IpsecServerName)');
	await press(instance, keys.tab, keys.tab);
	await waitForFrame(instance, '(ClientIpPool)');
	await press(instance, keys.ctrlU, '10.0.0.300/24');
	await waitForFrame(instance, '10.0.0.300/24');
	await pressQuietly(instance, ctrlG);
	await waitForFrame(instance, 'Fix this to go on');
	t.deepEqual(instance.events.steps, []);
	t.is(instance.events.draft?.clientIpPool, '10.0.0.300/24');
	await press(instance, keys.ctrlU, '10.30.0.0/24');
	await waitFor(() => !(instance.lastFrame() ?? '').includes('Fix this'), 'the message to go');
	await press(instance, ctrlG);
	await waitForFrame(instance, 'Step 8 of 10');
	t.is(instance.events.draft?.clientIpPool, '10.30.0.0/24');
	instance.unmount();
});

test('the review key is named wherever the keys are listed: --help, the help overlay and README', t => {
	t.true(helpText('1.2.3').includes(`${reviewKeyName} from any edit step straight to the review; there 3-7 go to that step`));
	t.true(helpRows.some(([key, meaning]) => key === reviewKeyName && /review/.test(meaning)));
	t.regex(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'), new RegExp(`^\\| ${reviewKeyName.replace('+', '\\+')} \\| .*review`, 'm'));
});
