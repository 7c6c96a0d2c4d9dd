import test from 'ava';
import {advisoriesFor, advisoriesForField} from '../../source/domain/advisories.js';
import {applyRecommendedIke, applyRecommendedIpsec} from '../../source/domain/presets.js';
import type {FieldName} from '../../source/domain/model.js';
import {context, edit, loadedConfig} from './fixtures.js';

const quiet = {...context, onlineClientCount: 0};
const recommended = applyRecommendedIpsec(applyRecommendedIke(loadedConfig));

function fieldsOf(advisories: Array<{field: FieldName}>): FieldName[] {
	return advisories.map(advisory => advisory.field);
}

test('the recommended preset with a long random key draws no advice', t => {
	t.deepEqual(advisoriesFor(recommended, quiet), []);
});

test('the service defaults (sha1, group2, 86400 s) are flagged with a recommendation', t => {
	const advisories = advisoriesFor(loadedConfig, quiet);
	t.deepEqual(fieldsOf(advisories), ['ikeAuthAlg', 'ikePfs', 'ipsecAuthAlg', 'ipsecPfs', 'ipsecLifetime']);
	t.is(advisories[0]?.message, 'SHA-1 is a broken hash that can be forged; use sha256 or stronger.');
	t.is(advisories[1]?.message, 'DH group2 (1024-bit) is within reach of well-funded attackers; use group14 (2048-bit).');
});

test('DES and 3DES are flagged in both phases', t => {
	const advisories = advisoriesFor(edit({...recommended, ike: {ikeEncAlg: 'des'}, ipsec: {ipsecEncAlg: '3des'}}), quiet);
	t.deepEqual(fieldsOf(advisories), ['ikeEncAlg', 'ipsecEncAlg']);
	t.regex(advisories[0]?.message ?? '', /^DES is obsolete.*use aes256\.$/);
	t.regex(advisories[1]?.message ?? '', /^3DES is obsolete/);
});

test('MD5 and DH groups 1 and 5 are flagged', t => {
	const advisories = advisoriesFor(edit({...recommended, ike: {ikeAuthAlg: 'md5', ikePfs: 'group1'}, ipsec: {ipsecPfs: 'group5'}}), quiet);
	t.deepEqual(fieldsOf(advisories), ['ikeAuthAlg', 'ikePfs', 'ipsecPfs']);
	t.regex(advisories[0]?.message ?? '', /^MD5 is a broken hash/);
	t.regex(advisories[1]?.message ?? '', /768-bit/);
	t.regex(advisories[2]?.message ?? '', /1536-bit/);
});

test('IPsec PFS disabled says what PFS protects', t => {
	const [advisory] = advisoriesForField('ipsecPfs', edit({...recommended, ipsec: {ipsecPfs: 'disabled'}}), quiet);
	t.regex(advisory?.message ?? '', /Without PFS one leaked key exposes earlier traffic.*use group14/);
});

test('IKEv1 aggressive mode with a PSK is flagged; main mode is not', t => {
	const aggressive = edit({...recommended, ike: {ikeVersion: 'ikev1', ikeMode: 'aggressive'}});
	t.regex(advisoriesForField('ikeMode', aggressive, quiet)[0]?.message ?? '', /crack offline; use main mode or IKEv2/);
	t.deepEqual(advisoriesForField('ikeMode', edit({...recommended, ike: {ikeVersion: 'ikev1'}}), quiet), []);
});

test('a PSK under 16 characters is flagged without showing it', t => {
	const [advisory] = advisoriesForField('psk', edit({...recommended, psk: 'Cfd123abc'}), quiet);
	t.is(advisory?.message, 'A key under 16 characters can be guessed offline; generate a random one of 32 characters.');
	t.deepEqual(advisoriesForField('psk', edit({...recommended, psk: 'x'.repeat(16)}), quiet), []);
});

test('lifetime 0 says the keys are never renewed; Phase 2 over 8 hours is flagged', t => {
	const zero = advisoriesFor(edit({...recommended, ike: {ikeLifetime: 0}}), quiet);
	t.deepEqual(zero, [{field: 'ikeLifetime', kind: 'weakness', message: '0 means these keys never expire, so they are never renewed; use 86400 seconds.'}]);
	t.deepEqual(advisoriesFor(edit({...recommended, ipsec: {ipsecLifetime: 28_800}}), quiet), []);
	t.regex(advisoriesForField('ipsecLifetime', edit({...recommended, ipsec: {ipsecLifetime: 28_801}}), quiet)[0]?.message ?? '', /over 8 hours.*3600 to 28800/);
	t.deepEqual(advisoriesFor(edit({...recommended, ike: {ikeLifetime: 86_400}}), quiet), []);
});

test('applying immediately with clients online says how many will be disconnected', t => {
	const immediate = edit({...recommended, effectImmediately: true});
	t.is(advisoriesForField('effectImmediately', immediate, context)[0]?.message, '3 online clients will be disconnected and must reconnect; turn this off to switch over on next traffic.');
	t.regex(advisoriesForField('effectImmediately', immediate, {...context, onlineClientCount: 1})[0]?.message ?? '', /^1 online client will/);
	t.deepEqual(advisoriesForField('effectImmediately', immediate, quiet), []);
});

test('every advisory fits on one line of a wide terminal', t => {
	const worst = edit({ike: {ikeVersion: 'ikev1', ikeMode: 'aggressive', ikeEncAlg: '3des', ikeAuthAlg: 'md5', ikePfs: 'group1', ikeLifetime: 0}, ipsec: {ipsecEncAlg: 'des', ipsecPfs: 'disabled', ipsecLifetime: 86_400}, psk: 'short', effectImmediately: true});
	const advisories = advisoriesFor(worst, {...context, onlineClientCount: 1234});
	t.is(advisories.length, 11);
	for (const advisory of advisories) {
		t.false(advisory.message.includes('\n'));
		t.true(advisory.message.length <= 110, advisory.message);
	}
});
