import test from 'ava';
import {validateConfig} from '../../source/domain/config-validation.js';
import {context, edit, loadedConfig} from './fixtures.js';

test('the loaded configuration has no issues', t => {
	t.deepEqual(validateConfig(loadedConfig, context), []);
});

test('IKEv2 with aggressive mode is an error explaining aggressive mode is IKEv1 only', t => {
	const issues = validateConfig(edit({ike: {ikeVersion: 'ikev2', ikeMode: 'aggressive'}}), context);
	t.deepEqual(issues.map(issue => issue.field), ['ikeMode']);
	t.regex(issues[0]?.message ?? '', /Aggressive mode exists only in IKEv1.*choose main mode/);
	t.deepEqual(validateConfig(edit({ike: {ikeVersion: 'ikev1', ikeMode: 'aggressive'}}), context), []);
});

test('turning the PSK off without IDaaS is refused in plain words', t => {
	const issues = validateConfig(edit({pskEnabled: false}), context);
	t.deepEqual(issues.map(issue => issue.field), ['pskEnabled']);
	t.regex(issues[0]?.message ?? '', /no IDaaS two-factor login.*keep the pre-shared key on/);
});

test('turning the PSK off is allowed when IDaaS two-factor login is set up', t => {
	const withIdaas = {...context, multiFactorAuthEnabled: true, idaasInstanceId: 'idaas-cn-hangzhou-1'};
	t.deepEqual(validateConfig(edit({pskEnabled: false, psk: ''}), withIdaas), []);
});

test('a client pool overlapping the VPC or the edited LocalSubnet is reported on the pool', t => {
	const vpcClash = validateConfig(edit({clientIpPool: '172.16.0.0/16'}), context);
	t.deepEqual(vpcClash.map(issue => issue.field), ['clientIpPool']);
	t.regex(vpcClash[0]?.message ?? '', /secondary block 172\.16\.0\.0\/16/);

	const subnetClash = validateConfig(edit({localSubnet: ['192.168.0.0/24', '10.10.0.0/16']}), context);
	t.regex(subnetClash[0]?.message ?? '', /overlaps LocalSubnet block 10\.10\.0\.0\/16/);
});

test('every field rule is applied, in the order the wizard asks', t => {
	const broken = edit({
		ipsecServerName: 'https://vpn',
		localSubnet: ['192.168.0.0/16', '192.168.1.0/24'],
		clientIpPool: '10.0.0.0/8',
		ike: {ikeLifetime: 86_401, localId: '', remoteId: 'a b', ikeEncAlg: 'sm4' as never},
		ipsec: {ipsecLifetime: 1.5, ipsecPfs: 'group24' as never},
		psk: 'has space',
	});
	t.deepEqual(validateConfig(broken, context).map(issue => issue.field), [
		'ipsecServerName', 'localSubnet', 'clientIpPool', 'ikeEncAlg', 'ikeLifetime', 'localId', 'remoteId', 'ipsecPfs', 'ipsecLifetime', 'psk',
	]);
});

test('an unsupported algorithm names the allowed values', t => {
	const issues = validateConfig(edit({ike: {ikeEncAlg: 'sm4' as never}}), context);
	t.is(issues[0]?.message, '\'sm4\' is not supported here; choose one of aes, aes192, aes256, des, 3des.');
});
