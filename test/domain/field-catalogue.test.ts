import test from 'ava';
import {updateIpsecServerQuery} from '../../source/api/request-query.js';
import {ipsecServerSchema} from '../../source/api/schemas/ipsec-server.js';
import {apiKeys} from '../../source/domain/api-settings.js';
import {fieldCatalogue} from '../../source/domain/fields/field-catalogue.js';
import {fieldSteps, noSurroundings} from '../../source/domain/fields/field-entry.js';
import {apiKey, entryOf, fieldsIn, requestOrder, typedEntryOf, typedFields} from '../../source/domain/fields/field-names.js';
import {fieldChoices} from '../../source/domain/config-validation.js';
import {configFromServer} from '../../source/domain/server-config.js';
import {defaultIkeConfig, defaultIpsecConfig, fieldNames, type IpsecServerConfig} from '../../source/domain/model.js';
import {planUpdate} from '../../source/domain/update-plan.js';
import {parseUpdateRequest} from '../../source/sandbox/update-request-parsing.js';
import {context, loadedConfig} from './fixtures.js';

// The service's spellings of UpdateIpsecServer's parameters and of IkeConfig's and IpsecConfig's
// keys (shared/reference/UpdateIpsecServer.txt), in the order this program sends them, written
// out once more here as the witness the catalogue is held to.
const documented = [
	'IpsecServerName', 'LocalSubnet', 'ClientIpPool', 'EffectImmediately',
	'IkeConfig.IkeVersion', 'IkeConfig.IkeMode', 'IkeConfig.IkeEncAlg', 'IkeConfig.IkeAuthAlg', 'IkeConfig.IkePfs', 'IkeConfig.IkeLifetime', 'IkeConfig.LocalId', 'IkeConfig.RemoteId',
	'IpsecConfig.IpsecEncAlg', 'IpsecConfig.IpsecAuthAlg', 'IpsecConfig.IpsecPfs', 'IpsecConfig.IpsecLifetime',
	'PskEnabled', 'Psk',
];

test('every field has exactly one entry, and the wizard asks for each once, step by step', t => {
	t.deepEqual([...fieldNames].sort(), Object.keys(fieldCatalogue).sort());
	t.is(new Set(fieldNames).size, fieldNames.length);
	const steps = fieldNames.map(field => fieldSteps.indexOf(entryOf(field).step));
	t.deepEqual(steps, [...steps].sort((a, b) => a - b), 'no step is visited twice');
	t.false(steps.includes(-1));
});

test('the API names are unique and the service\'s own', t => {
	t.is(new Set(apiKeys).size, apiKeys.length);
	t.deepEqual(requestOrder.map(field => apiKey(field)), documented);
});

test('each group holds the fields of one step, and each step asks for the fields of at most one group', t => {
	t.true(fieldsIn('IkeConfig').every(field => entryOf(field).step === 'ike'));
	t.true(fieldsIn('IpsecConfig').every(field => entryOf(field).step === 'ipsec'));
	t.deepEqual(fieldNames.filter(field => ['ike', 'ipsec'].includes(entryOf(field).step)), [...fieldsIn('IkeConfig'), ...fieldsIn('IpsecConfig')]);
});

test('the guidance fits: a label, one help line of at most 76 characters, an example the field accepts', t => {
	for (const field of fieldNames) {
		const entry = entryOf(field);
		t.true(entry.label.length > 0 && entry.example.length > 0, field);
		t.true(entry.help.length <= 76 && !/\n/.test(entry.help), field);
		if (entry.kind === 'choice') {
			t.true(entry.values.includes(entry.example), `${field}: ${entry.example}`);
		} else if (entry.kind === 'switch') {
			t.true(['on', 'off'].includes(entry.example), field);
		}
	}

	// The key's example describes a key rather than being one.
	for (const field of typedFields.filter(field => typedEntryOf(field).kind !== 'secret')) {
		const entry = typedEntryOf(field);
		t.is(entry.validate(entry.example, noSurroundings), undefined, `${field}: ${entry.example}`);
		t.not(entry.parse(entry.example), undefined, field);
	}
});

test('the choice fields offer each value once, and the checks use the same lists', t => {
	for (const field of fieldNames) {
		const entry = entryOf(field);
		t.is(fieldChoices[field], entry.kind === 'choice' ? entry.values : undefined, field);
		if (entry.kind === 'choice') {
			t.is(new Set(entry.values).size, entry.values.length, field);
		}
	}
});

test('the defaults are the ones UpdateIpsecServer\'s page gives, each one a value the field allows', t => {
	t.deepEqual(defaultIkeConfig, {ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes', ikeAuthAlg: 'sha1', ikePfs: 'group2', ikeLifetime: 86_400, remoteId: ''});
	t.deepEqual(defaultIpsecConfig, {ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group2', ipsecLifetime: 86_400});
	for (const field of fieldNames) {
		const entry = entryOf(field);
		if (entry.kind === 'choice') {
			t.true(entry.values.includes(entry.byDefault), field);
		}
	}
});

// Every field changed at once: the request names each one as the sandbox (which refuses a key it
// does not know, as the service does) reads it, with the value that was set.
test('a request that changes every field reaches the sandbox under the names it reads', t => {
	const edited: IpsecServerConfig = {
		ipsecServerName: 'branch-vpn',
		localSubnet: ['192.168.4.0/24', '172.16.1.0/24'],
		clientIpPool: '10.40.0.0/24',
		effectImmediately: true,
		ikeConfig: {ikeVersion: 'ikev1', ikeMode: 'aggressive', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 3600, localId: 'vpn.example.com', remoteId: 'laptop.example.com'},
		ipsecConfig: {ipsecEncAlg: 'aes192', ipsecAuthAlg: 'sha512', ipsecPfs: 'group5', ipsecLifetime: 7200},
		pskEnabled: false,
		psk: 'New-Key-0123456789',
	};
	const plan = planUpdate(loadedConfig, edited, context, 'token-1');
	t.truthy(plan);
	const {change} = parseUpdateRequest(updateIpsecServerQuery(plan!) as Record<string, string>);
	t.deepEqual(change, edited);
});

test('an answer of ListIpsecServers is read into every field, and an absent one as the catalogue says', t => {
	const answer = {
		IpsecServerId: 'iss-1',
		RegionId: 'cn-hangzhou',
		VpnGatewayId: 'vpn-1',
		LocalSubnet: '192.168.0.0/24',
		ClientIpPool: '10.10.0.0/24',
		IkeConfig: {IkeVersion: 'ikev2', IkeMode: 'main', IkeEncAlg: 'aes', IkeAuthAlg: 'sha1', IkePfs: 'group2', IkeLifetime: 86_400},
		IpsecConfig: {IpsecEncAlg: 'aes', IpsecAuthAlg: 'sha1', IpsecPfs: 'group2', IpsecLifetime: 86_400},
	};
	const config = configFromServer(ipsecServerSchema.parse(answer));
	t.deepEqual(config, {
		ipsecServerName: '',
		localSubnet: ['192.168.0.0/24'],
		clientIpPool: '10.10.0.0/24',
		effectImmediately: false,
		ikeConfig: {ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes', ikeAuthAlg: 'sha1', ikePfs: 'group2', ikeLifetime: 86_400, localId: '', remoteId: ''},
		ipsecConfig: {ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group2', ipsecLifetime: 86_400},
		pskEnabled: true,
		psk: '',
	});
	t.deepEqual(Object.keys(config), ['ipsecServerName', 'localSubnet', 'clientIpPool', 'effectImmediately', 'ikeConfig', 'ipsecConfig', 'pskEnabled', 'psk']);
});
