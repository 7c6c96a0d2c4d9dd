import test from 'ava';
import {describeValue, fieldInfo} from '../../source/domain/field-info.js';
import {fieldNames} from '../../source/domain/model.js';
import {edit, loadedConfig, secretPsk} from './fixtures.js';

test('every field has a label, a one-line help of at most 76 characters, and an example', t => {
	for (const field of fieldNames) {
		const info = fieldInfo[field];
		t.true(info.label.length > 0 && info.example.length > 0, field);
		t.true(info.help.length > 0 && info.help.length <= 76, `${field}: ${info.help.length}`);
		t.false(/\n/.test(info.help), field);
	}
});

test('the client pool help says why it must stay out of the VPC', t => {
	t.regex(fieldInfo.clientIpPool.help, /outside the VPC/);
	t.regex(fieldInfo.ipsecPfs.help, /stolen key cannot unlock/);
});

test('values are shown the way a person reads them', t => {
	t.is(describeValue('localSubnet', edit({localSubnet: ['192.168.0.0/24', '10.1.0.0/16']})), '192.168.0.0/24,10.1.0.0/16');
	t.is(describeValue('ikeLifetime', loadedConfig), '86400 s (24 h)');
	t.is(describeValue('ipsecLifetime', edit({ipsec: {ipsecLifetime: 5430}})), '5430 s (1 h 30 min 30 s)');
	t.is(describeValue('ipsecLifetime', edit({ipsec: {ipsecLifetime: 0}})), '0 s');
	t.is(describeValue('remoteId', loadedConfig), '(none)');
	t.is(describeValue('effectImmediately', loadedConfig), 'off');
	t.is(describeValue('pskEnabled', loadedConfig), 'on');
	t.is(describeValue('ikePfs', loadedConfig), 'group2');
});

test('the PSK is shown as a fixed mask that gives away neither the key nor its length', t => {
	t.is(describeValue('psk', loadedConfig), '********');
	t.is(describeValue('psk', edit({psk: 'ab'})), '********');
	t.false(describeValue('psk', loadedConfig).includes(secretPsk));
});
