// isIpAddress screens with ipaddr's own four-part pattern before ipaddr parses (a failed parse
// throws, on every key typed in the draft): the answer must be ipaddr's, whatever the text.
import test from 'ava';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import {isIpAddress} from '../../source/domain/network-identity.js';

const ipaddrAnswer = (text: string): boolean =>
	ipaddr.IPv4.isValidFourPartDecimal(text) || (!text.includes('%') && text.includes(':') && ipaddr.IPv6.isValid(text));

test('isIpAddress answers as ipaddr does, for addresses, near-addresses and names', t => {
	const octet = fc.oneof(fc.integer({min: 0, max: 300}).map(String), fc.constantFrom('01', '0x1f', '', '1e2', ' 1'));
	const nearV4 = fc.array(octet, {minLength: 1, maxLength: 5}).map(parts => parts.join('.'));
	const text = fc.oneof(nearV4, fc.ipV4(), fc.ipV6(), fc.domain(), fc.string(), fc.string({unit: fc.constantFrom(...'0123456789.:abcdef%x')}));
	fc.assert(fc.property(text, value => isIpAddress(value) === ipaddrAnswer(value)), {numRuns: 2000});
	t.true(isIpAddress('192.0.2.1'));
	t.false(isIpAddress('192.0.2.01'));
	t.false(isIpAddress('vpn.example.com'));
	t.true(isIpAddress('2001:db8::1'));
});
