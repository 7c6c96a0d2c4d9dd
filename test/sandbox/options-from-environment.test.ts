import test from 'ava';
import {sandboxOptionsFromEnvironment} from '../../source/sandbox/options-from-environment.js';

test('an empty environment gives default options', t => {
	t.deepEqual(sandboxOptionsFromEnvironment({}), {});
});

test('reads updating time, large region size and faults', t => {
	t.deepEqual(sandboxOptionsFromEnvironment({
		IPSEC_WIZARD_SANDBOX_UPDATING_MS: '300',
		IPSEC_WIZARD_SANDBOX_SERVERS: '2000',
		IPSEC_WIZARD_SANDBOX_FAULTS: 'seed=7,latency=50,throttle=0.1,5xx=0.1,drop=0.05,slow=0.05,slowMs=1500',
	}), {
		updatingMs: 300,
		largeRegionServers: 2000,
		faults: {seed: 7, latencyMs: 50, throttleRate: 0.1, serverErrorRate: 0.1, dropRate: 0.05, slowRate: 0.05, slowMs: 1500},
	});
});

test('reads the lost-answer fault and the check order', t => {
	t.deepEqual(sandboxOptionsFromEnvironment({IPSEC_WIZARD_SANDBOX_FAULTS: 'loseAnswer=1,order=state-first'}), {faults: {loseAnswer: 1, order: 'state-first'}});
	t.deepEqual(sandboxOptionsFromEnvironment({IPSEC_WIZARD_SANDBOX_FAULTS: 'order=token-first'}), {faults: {order: 'token-first'}});
	t.deepEqual(sandboxOptionsFromEnvironment({IPSEC_WIZARD_SANDBOX_FAULTS: 'dryRunToken=claim,loseRequest=2'}), {faults: {dryRunToken: 'claim', loseRequest: 2}});
});

const badValues: Array<[string, Record<string, string>, RegExp]> = [
	['a negative updating time', {IPSEC_WIZARD_SANDBOX_UPDATING_MS: '-5'}, /IPSEC_WIZARD_SANDBOX_UPDATING_MS must be a whole number/],
	['a fractional server count', {IPSEC_WIZARD_SANDBOX_SERVERS: '2.5'}, /IPSEC_WIZARD_SANDBOX_SERVERS must be a whole number/],
	['an unknown fault', {IPSEC_WIZARD_SANDBOX_FAULTS: 'chaos=1'}, /unknown setting "chaos=1"/],
	['a share above 1', {IPSEC_WIZARD_SANDBOX_FAULTS: 'throttle=1.5'}, /throttle must be a share from 0 to 1/],
	['a share that is not a number', {IPSEC_WIZARD_SANDBOX_FAULTS: 'drop=lots'}, /drop must be a share from 0 to 1/],
	['shares adding up past 1', {IPSEC_WIZARD_SANDBOX_FAULTS: 'throttle=0.6,5xx=0.6'}, /add up to more than 1/],
	['an unknown dryRunToken', {IPSEC_WIZARD_SANDBOX_FAULTS: 'dryRunToken=keep'}, /dryRunToken must be ignore or claim/],
	['an unknown order', {IPSEC_WIZARD_SANDBOX_FAULTS: 'order=random'}, /order must be token-first or state-first/],
	['a seed that is not a number', {IPSEC_WIZARD_SANDBOX_FAULTS: 'seed=abc'}, /seed must be a whole number/],
];

for (const [title, env, message] of badValues) {
	test(`${title} throws one clear sentence`, t => {
		const error = t.throws(() => sandboxOptionsFromEnvironment(env));
		t.regex(error.message, message);
		t.is(error.message.split(/[.;] [A-Z]/).length, 1, 'one sentence');
		t.true(error.message.endsWith('.'));
	});
}
