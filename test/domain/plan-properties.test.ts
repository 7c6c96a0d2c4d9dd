// The update plan is exactly the edit: nothing more, nothing less, and never the key in the clear.
import test from 'ava';
import fc from 'fast-check';
import {planToCliCommand} from '../../source/domain/cli-command.js';
import {diffConfig} from '../../source/domain/diff.js';
import {applyPlan, planUpdate} from '../../source/domain/update-plan.js';
import type {IpsecServerConfig} from '../../source/domain/model.js';
import {editedConfigArbitrary, pskArbitrary} from './arbitraries.js';
import {context, loadedConfig} from './fixtures.js';

const edited = editedConfigArbitrary(loadedConfig);
const token = 'token-1';

test('a configuration compared with itself has no changes', t => {
	fc.assert(fc.property(edited, config => diffConfig(config, structuredClone(config), context).isEmpty));
	t.pass();
});

test('applying the plan to the loaded configuration yields exactly the edited one', t => {
	fc.assert(fc.property(edited, config => {
		const plan = planUpdate(loadedConfig, config, context, token);
		t.deepEqual(plan ? applyPlan(loadedConfig, plan) : loadedConfig, config);
	}));
});

const topLevel = (config: IpsecServerConfig): Record<string, unknown> => ({
	ipsecServerName: config.ipsecServerName,
	localSubnet: config.localSubnet,
	clientIpPool: config.clientIpPool,
	effectImmediately: config.effectImmediately,
	ikeConfig: config.ikeConfig,
	ipsecConfig: config.ipsecConfig,
	pskEnabled: config.pskEnabled,
	psk: config.psk,
});

test('a plan carries no unchanged top-level field and never an unchanged PSK', t => {
	fc.assert(fc.property(edited, config => {
		const plan = planUpdate(loadedConfig, config, context, token);
		const before = topLevel(loadedConfig);
		for (const [param, value] of Object.entries(plan?.params ?? {})) {
			const unchanged = JSON.stringify(before[param]) === JSON.stringify(value);
			// The one documented exception: EffectImmediately on, repeated for an asynchronous change.
			const repeatedImmediate = param === 'effectImmediately' && value === true && !plan?.synchronous;
			t.false(unchanged && !repeatedImmediate, param);
		}

		t.is(plan?.params.psk === undefined, config.psk === loadedConfig.psk);
	}));
});

test('a plan is synchronous exactly when only the name changed', t => {
	fc.assert(fc.property(edited, config => {
		const plan = planUpdate(loadedConfig, config, context, token);
		const diff = diffConfig(loadedConfig, config, context);
		t.is(plan === undefined, diff.isEmpty);
		t.is(plan?.synchronous ?? false, diff.synchronous);
		if (plan?.synchronous) {
			t.deepEqual(Object.keys(plan.params), ['ipsecServerName']);
		}
	}));
});

test('the CLI rendering never contains the PSK and does not depend on it', t => {
	// Keys of 16 or more characters, so finding one in the command cannot be a coincidence.
	const withNewKey = fc.tuple(edited, pskArbitrary(16))
		.filter(([, psk]) => psk !== loadedConfig.psk)
		.map(([config, psk]) => ({...config, psk}));
	fc.assert(fc.property(withNewKey, fc.string({minLength: 1}), (config, otherKey) => {
		const plan = planUpdate(loadedConfig, config, context, token);
		const command = plan ? planToCliCommand(plan) : '';
		t.false(command.includes(config.psk));
		t.false(command.includes(loadedConfig.psk));
		t.true(command.includes('--Psk \'<redacted>\''));
		t.is(plan && planToCliCommand({...plan, params: {...plan.params, psk: otherKey}}), command);
	}));
});
