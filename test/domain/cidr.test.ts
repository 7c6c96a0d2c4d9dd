import test from 'ava';
import {cidrContains, cidrsOverlap, parseIpv4Cidr} from '../../source/domain/cidr.js';

test('a plain block parses to its normalised form', t => {
	t.deepEqual(parseIpv4Cidr('192.168.1.0/24'), {cidr: '192.168.1.0/24', prefixLength: 24, hostBitsSet: false});
	t.deepEqual(parseIpv4Cidr('  10.0.0.0/8 '), {cidr: '10.0.0.0/8', prefixLength: 8, hostBitsSet: false});
});

test('host bits are reported along with the network block they belong to', t => {
	t.deepEqual(parseIpv4Cidr('192.168.1.5/24'), {cidr: '192.168.1.0/24', prefixLength: 24, hostBitsSet: true});
	t.deepEqual(parseIpv4Cidr('10.1.2.3/16'), {cidr: '10.1.0.0/16', prefixLength: 16, hostBitsSet: true});
});

test('anything but a four-part decimal block is refused', t => {
	for (const text of ['', '10.0.0.0', '10/8', '010.0.0.0/8', '0x0a.0.0.0/8', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0/-1', 'fd00::/8', '10.0.0.0 /8', 'ten/8']) {
		t.is(parseIpv4Cidr(text), undefined, text);
	}
});

test('overlap: nested and identical blocks overlap, neighbours do not', t => {
	t.true(cidrsOverlap('10.0.0.0/8', '10.20.0.0/24'));
	t.true(cidrsOverlap('10.20.0.0/24', '10.0.0.0/8'));
	t.true(cidrsOverlap('172.16.0.0/16', '172.16.5.0/24'));
	t.true(cidrsOverlap('192.168.1.7/24', '192.168.1.0/24'));
	t.false(cidrsOverlap('10.10.0.0/24', '10.10.1.0/24'));
	t.false(cidrsOverlap('10.0.0.0/8', 'nonsense'));
});

test('containment is one-way', t => {
	t.true(cidrContains('192.168.0.0/16', '192.168.1.0/24'));
	t.false(cidrContains('192.168.1.0/24', '192.168.0.0/16'));
	t.true(cidrContains('10.0.0.0/8', '10.0.0.0/8'));
	t.false(cidrContains('10.0.0.0/8', '11.0.0.0/8'));
});
