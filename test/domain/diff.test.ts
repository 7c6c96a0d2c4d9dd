import test from 'ava';
import {diffConfig} from '../../source/domain/diff.js';
import {context, edit, loadedConfig, secretPsk} from './fixtures.js';

test('no edit: empty, nothing to renegotiate', t => {
	const diff = diffConfig(loadedConfig, edit({}), context);
	t.true(diff.isEmpty);
	t.deepEqual(diff.changes, []);
	t.is(diff.renegotiation, 'none');
	t.deepEqual(diff.summary, ['Nothing has changed, so there is nothing to send.']);
});

test('only the name: synchronous, no tunnel touched, even with immediate renegotiation on', t => {
	const diff = diffConfig({...loadedConfig, effectImmediately: true}, edit({ipsecServerName: 'hq-vpn', effectImmediately: true}), context);
	t.deepEqual(diff.changes, [{field: 'ipsecServerName', label: 'Name', before: 'office-vpn', after: 'hq-vpn'}]);
	t.true(diff.synchronous);
	t.is(diff.renegotiation, 'none');
	t.is(diff.affectedClients, 0);
	t.deepEqual(diff.summary, ['Only the name changes: it is applied at once and no tunnel is touched.']);
});

test('a Phase 1 change applied immediately names the clients that drop', t => {
	const diff = diffConfig(loadedConfig, edit({effectImmediately: true, ike: {ikeEncAlg: 'aes256'}}), context);
	t.deepEqual(diff.changes.map(change => [change.field, change.before, change.after]), [
		['ikeEncAlg', 'aes', 'aes256'],
		['effectImmediately', 'off', 'on'],
	]);
	t.false(diff.synchronous);
	t.is(diff.renegotiation, 'immediately');
	t.is(diff.affectedClients, 3);
	t.true(diff.summary.includes('Tunnels are torn down and renegotiated as soon as the change is applied: 3 online clients are disconnected and must reconnect.'));
	t.true(diff.summary.includes('Client profiles must use the same IKE and IPsec settings, or negotiation fails.'));
	t.regex(diff.summary[0] ?? '', /'updating'.*'active'/);
});

test('a change without immediate renegotiation drops nobody now', t => {
	const diff = diffConfig(loadedConfig, edit({clientIpPool: '10.30.0.0/24'}), context);
	t.is(diff.renegotiation, 'on-next-traffic');
	t.is(diff.affectedClients, 0);
	t.true(diff.summary.includes('Connected clients are not dropped now; the new settings are used when traffic next starts a negotiation.'));
	t.true(diff.summary.includes('Clients receive addresses from the new pool when they next connect.'));
});

test('a PSK change shows hidden → changed and never either key', t => {
	const diff = diffConfig(loadedConfig, edit({psk: 'NewKey-9876543210'}), context);
	t.deepEqual(diff.changes, [{field: 'psk', label: 'Pre-shared key', before: 'hidden', after: 'changed'}]);
	t.true(diff.summary.includes('Every client must be given the new pre-shared key, or it can no longer connect.'));
	const text = JSON.stringify(diff);
	t.false(text.includes(secretPsk));
	t.false(text.includes('NewKey-9876543210'));
});

test('immediate renegotiation with nobody online says so', t => {
	const diff = diffConfig(loadedConfig, edit({effectImmediately: true, localSubnet: ['192.168.0.0/24', '192.168.1.0/24']}), {...context, onlineClientCount: 0});
	t.true(diff.summary.includes('Tunnels are renegotiated as soon as the change is applied; no client is online right now.'));
	t.deepEqual(diff.changes[0], {field: 'localSubnet', label: 'Local subnets', before: '192.168.0.0/24', after: '192.168.0.0/24,192.168.1.0/24'});
});

test('a lifetime change alone does not ask for new client profiles', t => {
	const diff = diffConfig(loadedConfig, edit({ipsec: {ipsecLifetime: 3600}}), context);
	t.deepEqual(diff.changes, [{field: 'ipsecLifetime', label: 'Phase 2 lifetime', before: '86400 s (24 h)', after: '3600 s (1 h)'}]);
	t.false(diff.summary.some(sentence => sentence.includes('Client profiles')));
});
