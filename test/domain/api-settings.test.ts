import test from 'ava';
import {apiKey, apiKeys, apiSettings, fieldOfApiKey, parseApiValue, withFieldValue} from '../../source/domain/api-settings.js';
import {fieldNames} from '../../source/domain/model.js';
import {loadedConfig, secretPsk} from './fixtures.js';

test('each field has one API key, and the key leads back to it', t => {
	t.is(apiKey('ipsecServerName'), 'IpsecServerName');
	t.is(apiKey('ikeVersion'), 'IkeConfig.IkeVersion');
	t.is(apiKey('remoteId'), 'IkeConfig.RemoteId');
	t.is(apiKey('ipsecLifetime'), 'IpsecConfig.IpsecLifetime');
	t.is(new Set(apiKeys).size, fieldNames.length);
	for (const field of fieldNames) {
		t.is(fieldOfApiKey(apiKey(field)), field);
	}

	t.is(fieldOfApiKey('IkeVersion'), undefined, 'the nested name alone is not a key');
});

test('the settings show the key only masked', t => {
	const settings = apiSettings(loadedConfig);
	t.is(settings['Psk'], '********');
	t.false(JSON.stringify(settings).includes(secretPsk));
	t.is(settings['LocalSubnet'], '192.168.0.0/24');
	t.is(settings['IkeConfig.IkeLifetime'], 86_400);
});

test('values are parsed and judged by the wizard\'s rules, one sentence each', t => {
	t.deepEqual(parseApiValue('ikeEncAlg', 'aes256'), {value: 'aes256'});
	t.deepEqual(parseApiValue('ipsecLifetime', '3600'), {value: 3600});
	t.deepEqual(parseApiValue('effectImmediately', 'true'), {value: true});
	t.deepEqual(parseApiValue('localSubnet', '10.0.0.0/24, 10.0.1.0/24'), {value: ['10.0.0.0/24', '10.0.1.0/24']});
	t.deepEqual(parseApiValue('clientIpPool', '10.9.0.0/24'), {value: '10.9.0.0/24'});
	for (const [field, text] of [['ikeEncAlg', 'blowfish'], ['ipsecLifetime', '0086400x'], ['ipsecLifetime', '90000'], ['effectImmediately', 'maybe'], ['clientIpPool', '10.9.0.1/24'], ['ipsecServerName', ''], ['psk', 'a-key-on-the-command-line']] as const) {
		const result = parseApiValue(field, text);
		t.true('problem' in result, `${field}=${text}`);
		t.regex('problem' in result ? result.problem : '', new RegExp(`^${apiKey(field).replace('.', '\\.')}: [^\\n]+[.?]$`));
	}
});

test('a value set by field lands in its own object', t => {
	t.is(withFieldValue(loadedConfig, 'ikeEncAlg', 'aes192').ikeConfig.ikeEncAlg, 'aes192');
	t.is(withFieldValue(loadedConfig, 'ipsecPfs', 'group14').ipsecConfig.ipsecPfs, 'group14');
	t.is(withFieldValue(loadedConfig, 'clientIpPool', '10.1.0.0/24').clientIpPool, '10.1.0.0/24');
	t.is(loadedConfig.ikeConfig.ikeEncAlg, 'aes', 'the original untouched');
});
