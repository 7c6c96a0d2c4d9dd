// A plan file read back: what plan --out writes is read as it was written, and a file whose
// settings the field catalogue would not write is refused with one sentence naming the field.
import test from 'ava';
import {diffConfig, planUpdate} from '../../source/domain/index.js';
import type {VpnGateway} from '../../source/domain/model.js';
import {planFileFrom, readPlanText} from '../../source/engine/plan-file.js';
import {context, edit, loadedConfig, server} from '../domain/fixtures.js';

const gateway = {vpnGatewayId: context.vpnGatewayId, name: 'gw', status: 'active'} as VpnGateway;
const expected = edit({ikeConfig: {...loadedConfig.ikeConfig, ikeLifetime: 3600}});
const plan = planUpdate(loadedConfig, expected, context, 'token-1')!;
const file = planFileFrom({plan, loaded: {server, context, gateway}, changes: diffConfig(loadedConfig, expected, context).changes, createdAt: new Date(0)});

const problemOf = (value: unknown): string | undefined => {
	const read = readPlanText(JSON.stringify(value), 'plan.json');
	return 'problem' in read ? read.problem : undefined;
};

test('a plan is read back as it was written', t => {
	t.deepEqual(readPlanText(JSON.stringify(file), 'plan.json'), {plan: file});
});

test('settings the catalogue would not write are refused, the field named', t => {
	const withIke = (ikeConfig: Record<string, unknown>) => ({...file, params: {...file.params, ikeConfig: {...file.params.ikeConfig, ...ikeConfig}}});
	t.regex(problemOf(withIke({ikeLifetime: 3600.5}))!, /^plan\.json is not a usable plan \(params\.ikeConfig\.ikeLifetime: /);
	t.regex(problemOf(withIke({ikeEncAlg: 'blowfish'}))!, /params\.ikeConfig\.ikeEncAlg/);
	t.regex(problemOf(withIke({unknownSetting: 1}))!, /params\.ikeConfig/);
	t.regex(problemOf({...file, snapshot: {...file.snapshot, server: {...file.snapshot.server, localSubnet: '10.0.0.0/8'}}})!, /snapshot\.server\.localSubnet/);
});
