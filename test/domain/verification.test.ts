import test from 'ava';
import {applyPlan, planUpdate} from '../../source/domain/update-plan.js';
import {verifyApplied} from '../../source/domain/verification.js';
import {context, edit, loadedConfig, secretPsk, server} from './fixtures.js';

const edited = edit({ike: {ikePfs: 'group14'}, psk: 'NewKey-9876543210', localSubnet: ['192.168.0.0/24', '192.168.1.0/24']});
function mustPlan() {
	const planned = planUpdate(loadedConfig, edited, context, 'token-1');
	if (!planned) {
		throw new Error('The fixture edit should produce a plan.');
	}

	return planned;
}

const plan = mustPlan();
const expected = applyPlan(loadedConfig, plan);
const applied = {...server, ...expected};

test('a server that holds every planned value is verified', t => {
	t.deepEqual(verifyApplied(plan, expected, applied), {verified: true, mismatches: []});
});

test('LocalSubnet read back in another order still counts as applied', t => {
	t.true(verifyApplied(plan, expected, {...applied, localSubnet: ['192.168.1.0/24', '192.168.0.0/24']}).verified);
});

test('a Phase 1 value that did not take is reported with both values', t => {
	const result = verifyApplied(plan, expected, {...applied, ikeConfig: {...applied.ikeConfig, ikePfs: 'group2'}});
	t.false(result.verified);
	t.deepEqual(result.mismatches, [{field: 'ikePfs', label: 'Phase 1 DH group', expected: 'group14', actual: 'group2'}]);
});

test('a PSK that did not take says it differs, never the keys', t => {
	const result = verifyApplied(plan, expected, {...applied, psk: secretPsk});
	t.deepEqual(result.mismatches, [{field: 'psk', label: 'Pre-shared key', expected: 'the new key', actual: 'differs'}]);
	t.false(JSON.stringify(result).includes(secretPsk));
	t.false(JSON.stringify(result).includes('NewKey'));
});

test('fields the plan did not touch are not checked', t => {
	t.true(verifyApplied(plan, expected, {...applied, ipsecServerName: 'renamed elsewhere', clientIpPool: '10.99.0.0/24'}).verified);
});
