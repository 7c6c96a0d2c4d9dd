import test from 'ava';
import {applyPlan, planUpdate} from '../../source/domain/update-plan.js';
import {context, edit, loadedConfig} from './fixtures.js';

const token = 'b6a1e2c4-3d5f-4e6a-8b9c-0d1e2f3a4b5c';

test('nothing changed, nothing to send', t => {
	t.is(planUpdate(loadedConfig, edit({}), context, token), undefined);
});

test('a rename is a synchronous plan carrying only the name', t => {
	const plan = planUpdate(loadedConfig, edit({ipsecServerName: 'hq-vpn'}), context, token);
	t.deepEqual(plan, {
		regionId: 'cn-hangzhou',
		ipsecServerId: 'iss-bp1bo3xuvcxo7ixll0001',
		vpnGatewayId: 'vpn-bp17lofy9fd0ab01',
		clientToken: token,
		params: {ipsecServerName: 'hq-vpn'},
		synchronous: true,
	});
});

test('one Phase 1 field changed sends the whole merged IkeConfig and nothing else', t => {
	const plan = planUpdate(loadedConfig, edit({ike: {ikeLifetime: 28_800}}), context, token);
	t.false(plan?.synchronous);
	t.deepEqual(plan?.params, {
		ikeConfig: {
			ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes', ikeAuthAlg: 'sha1', ikePfs: 'group2',
			ikeLifetime: 28_800, localId: '47.100.1.2', remoteId: '',
		},
	});
});

test('one Phase 2 field changed sends the whole IpsecConfig', t => {
	const plan = planUpdate(loadedConfig, edit({ipsec: {ipsecPfs: 'group14'}}), context, token);
	t.deepEqual(plan?.params, {ipsecConfig: {ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group14', ipsecLifetime: 86_400}});
});

test('the PSK is sent only when it changed, PskEnabled only when it changed', t => {
	t.deepEqual(planUpdate(loadedConfig, edit({psk: 'NewKey-9876543210'}), context, token)?.params, {psk: 'NewKey-9876543210'});
	const idaas = {...context, multiFactorAuthEnabled: true, idaasInstanceId: 'idaas-1'};
	t.deepEqual(planUpdate(loadedConfig, edit({pskEnabled: false}), idaas, token)?.params, {pskEnabled: false});
});

test('EffectImmediately is sent when it changed', t => {
	t.deepEqual(planUpdate(loadedConfig, edit({effectImmediately: true}), context, token)?.params, {effectImmediately: true});
	const on = {...loadedConfig, effectImmediately: true};
	t.deepEqual(planUpdate(on, edit({effectImmediately: false}), context, token)?.params, {effectImmediately: false});
});

test('EffectImmediately already on is repeated for an asynchronous change, so the switch really is immediate', t => {
	const on = {...loadedConfig, effectImmediately: true};
	t.deepEqual(planUpdate(on, edit({effectImmediately: true, clientIpPool: '10.30.0.0/24'}), context, token)?.params, {
		clientIpPool: '10.30.0.0/24',
		effectImmediately: true,
	});
	t.deepEqual(planUpdate(on, edit({effectImmediately: true, ipsecServerName: 'hq-vpn'}), context, token)?.params, {ipsecServerName: 'hq-vpn'});
});

test('several changes map to their own params; LocalSubnet stays a list', t => {
	const edited = edit({localSubnet: ['192.168.0.0/24', '192.168.1.0/24'], clientIpPool: '10.30.0.0/24', ipsecServerName: 'hq-vpn'});
	t.deepEqual(planUpdate(loadedConfig, edited, context, token)?.params, {
		ipsecServerName: 'hq-vpn',
		localSubnet: ['192.168.0.0/24', '192.168.1.0/24'],
		clientIpPool: '10.30.0.0/24',
	});
});

test('applying a plan to the loaded config yields the edited config', t => {
	const edited = edit({ipsecServerName: 'hq-vpn', psk: 'NewKey-9876543210', ike: {ikeVersion: 'ikev1'}, ipsec: {ipsecLifetime: 3600}});
	const plan = planUpdate(loadedConfig, edited, context, token);
	t.truthy(plan);
	t.deepEqual(plan && applyPlan(loadedConfig, plan), edited);
});
