import test from 'ava';
import {formatLocalSubnet, parseLifetime, parseLocalSubnet} from '../../source/domain/field-parsing.js';

test('LocalSubnet splits on commas and spaces and normalises each block', t => {
	t.deepEqual(parseLocalSubnet('192.168.1.0/24, 192.168.2.0/24'), ['192.168.1.0/24', '192.168.2.0/24']);
	t.deepEqual(parseLocalSubnet(' 10.0.0.0/8 172.16.0.0/12 '), ['10.0.0.0/8', '172.16.0.0/12']);
	t.deepEqual(parseLocalSubnet('192.168.1.5/24'), ['192.168.1.0/24']);
});

test('LocalSubnet with any bad piece parses to nothing', t => {
	t.deepEqual(parseLocalSubnet('192.168.1.0/24, office'), []);
	t.deepEqual(parseLocalSubnet(''), []);
});

test('LocalSubnet formats the way the API spells it', t => {
	t.is(formatLocalSubnet(['192.168.1.0/24', '192.168.2.0/24']), '192.168.1.0/24,192.168.2.0/24');
});

test('lifetimes are whole seconds from 0 to 86400', t => {
	t.is(parseLifetime('3600'), 3600);
	t.is(parseLifetime(' 60 '), 60);
	t.is(parseLifetime('0'), 0);
	t.is(parseLifetime('86400'), 86_400);
	for (const text of ['3600.5', '-1', '+5', '86401', '1h', '', '1e3', '٣٦٠٠']) {
		t.is(parseLifetime(text), undefined, text);
	}
});
