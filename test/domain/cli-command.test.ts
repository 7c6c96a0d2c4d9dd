import test from 'ava';
import {planToCliCommand, shellQuote} from '../../source/domain/cli-command.js';
import {planUpdate} from '../../source/domain/update-plan.js';
import {context, edit, loadedConfig} from './fixtures.js';

const token = 'b6a1e2c4-3d5f-4e6a-8b9c-0d1e2f3a4b5c';

test('a Phase 1 change renders the whole IkeConfig as quoted JSON', t => {
	const plan = planUpdate(loadedConfig, edit({ike: {ikeEncAlg: 'aes256'}}), context, token);
	t.is(
		plan && planToCliCommand(plan),
		'aliyun vpc UpdateIpsecServer --RegionId cn-hangzhou --IpsecServerId iss-bp1bo3xuvcxo7ixll0001 '
		+ '--IkeConfig \'{"IkeVersion":"ikev2","IkeMode":"main","IkeEncAlg":"aes256","IkeAuthAlg":"sha1","IkePfs":"group2","IkeLifetime":86400,"LocalId":"47.100.1.2","RemoteId":""}\' '
		+ `--ClientToken ${token}`,
	);
});

test('the PSK is rendered as <redacted>, never its value', t => {
	const plan = planUpdate(loadedConfig, edit({psk: 'My$ecret\'Key', effectImmediately: true}), context, token);
	const command = plan ? planToCliCommand(plan) : '';
	t.true(command.includes('--EffectImmediately true --Psk \'<redacted>\' --ClientToken'));
	t.false(command.includes('My$ecret'));
});

test('a name with a quote in it survives the shell', t => {
	const plan = planUpdate(loadedConfig, edit({ipsecServerName: 'Bob\'s VPN'}), context, token);
	t.is(plan && planToCliCommand(plan), `aliyun vpc UpdateIpsecServer --RegionId cn-hangzhou --IpsecServerId iss-bp1bo3xuvcxo7ixll0001 --IpsecServerName 'Bob'\\''s VPN' --ClientToken ${token}`);
});

test('LocalSubnet, pool and IpsecConfig render in API spelling', t => {
	const plan = planUpdate(loadedConfig, edit({localSubnet: ['192.168.0.0/24', '192.168.1.0/24'], clientIpPool: '10.30.0.0/24', ipsec: {ipsecPfs: 'disabled'}}), context, token);
	const command = plan ? planToCliCommand(plan) : '';
	t.true(command.includes('--LocalSubnet 192.168.0.0/24,192.168.1.0/24 --ClientIpPool 10.30.0.0/24 '));
	t.true(command.includes('--IpsecConfig \'{"IpsecEncAlg":"aes","IpsecAuthAlg":"sha1","IpsecPfs":"disabled","IpsecLifetime":86400}\''));
});

test('shell quoting leaves plain words bare and makes everything else literal', t => {
	t.is(shellQuote('cn-hangzhou'), 'cn-hangzhou');
	t.is(shellQuote(''), '\'\'');
	t.is(shellQuote('a b'), '\'a b\'');
	t.is(shellQuote('$(rm -rf ~)'), '\'$(rm -rf ~)\'');
	t.is(shellQuote('it\'s'), '\'it\'\\\'\'s\'');
});
