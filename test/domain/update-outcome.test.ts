// What a server re-read after a lost answer says happened: applied, not applied, or partly with
// the fields named; the key judged by a check (a salted hash on re-attach), never shown.
import test from 'ava';
import {classifyOutcome, partlyLines} from '../../source/domain/update-outcome.js';
import {verifyApplied} from '../../source/domain/verification.js';
import {applyPlan, planUpdate} from '../../source/domain/update-plan.js';
import {context, edit, loadedConfig, server} from './fixtures.js';

const edited = edit({ike: {ikePfs: 'group14'}, psk: 'NewKey-9876543210', clientIpPool: '10.77.0.0/24'});
const plan = planUpdate(loadedConfig, edited, context, 'token-1')!;
const expected = applyPlan(loadedConfig, plan);
const before = loadedConfig;

test('every planned value on the server: applied', t => {
	t.deepEqual(classifyOutcome({plan, expected, before}, {...server, ...expected}), {kind: 'applied'});
});

test('every planned field still at its old value: not applied', t => {
	t.deepEqual(classifyOutcome({plan, expected, before}, {...server, ...before}), {kind: 'not-applied'});
});

test('some fields applied, the rest old: partly, with each field named and the key never shown', t => {
	const outcome = classifyOutcome({plan, expected, before}, {...server, ...before, clientIpPool: '10.77.0.0/24'});
	t.is(outcome.kind, 'partly');
	const lines = outcome.kind === 'partly' ? partlyLines(outcome.fields) : [];
	t.true(lines.some(line => /applied \(10\.77\.0\.0\/24\)/.test(line)));
	t.true(lines.some(line => /not applied/.test(line)));
	t.false(lines.join(' ').includes('NewKey-9876543210'));
});

test('a key-only change on re-attach: the old key is not verified (finding 1)', t => {
	const keyOnly = planUpdate(loadedConfig, edit({psk: 'Brand-New-Key-123'}), context, 'token-2')!;
	const {psk: _psk, ...params} = keyOnly.params;
	const reattachPlan = {...keyOnly, params};
	const keyCheck = (actual: string) => actual === 'Brand-New-Key-123';
	const stillOld = {...server, ...loadedConfig};
	t.false(verifyApplied(reattachPlan, {...loadedConfig, psk: ''}, stillOld, keyCheck).verified);
	t.deepEqual(classifyOutcome({plan: reattachPlan, expected: {...loadedConfig, psk: ''}, before: loadedConfig, keyCheck}, stillOld), {kind: 'not-applied'});
	t.true(verifyApplied(reattachPlan, {...loadedConfig, psk: ''}, {...stillOld, psk: 'Brand-New-Key-123'}, keyCheck).verified);
});
