import test from 'ava';
import {parseLifetime} from '../../source/domain/field-parsing.js';
import {
	validateClientIpPool,
	validateIpsecServerName,
	validateLifetime,
	validateLocalId,
	validateLocalSubnet,
	validatePsk,
	validateRemoteId,
} from '../../source/domain/field-validation.js';
import type {ClientIpPoolContext} from '../../source/domain/field-validation.js';

test('a name of 1 to 100 characters is fine, including spaces and non-Latin letters', t => {
	for (const name of ['a', 'office-vpn', 'Office VPN (Hangzhou)', '杭州办公室', 'x'.repeat(100)]) {
		t.is(validateIpsecServerName(name), undefined, name);
	}
});

test('a name starting with http:// or https:// is refused with a plain example', t => {
	t.is(validateIpsecServerName('https://x'), 'A name cannot start with http:// or https://; use a plain name such as office-vpn.');
	t.regex(validateIpsecServerName('http://vpn.example.com') ?? '', /http:\/\/ or https:\/\//);
	t.is(validateIpsecServerName('httpd-vpn'), undefined);
});

test('an empty, blank, too long or multi-line name says what is allowed', t => {
	t.regex(validateIpsecServerName('') ?? '', /1 to 100 characters/);
	t.regex(validateIpsecServerName('   ') ?? '', /1 to 100 characters/);
	t.regex(validateIpsecServerName('x'.repeat(101)) ?? '', /101 characters but at most 100/);
	t.regex(validateIpsecServerName('office\nvpn') ?? '', /line breaks/);
});

test('LocalSubnet accepts one or several blocks, with or without spaces', t => {
	t.is(validateLocalSubnet('192.168.1.0/24'), undefined);
	t.is(validateLocalSubnet('192.168.1.0/24,192.168.2.0/24'), undefined);
	t.is(validateLocalSubnet(' 192.168.1.0/24 , 172.17.0.0/16 '), undefined);
});

test('LocalSubnet with host bits offers the normalised block', t => {
	t.is(validateLocalSubnet('10.1.2.3/24'), '10.1.2.3/24 has host bits set; did you mean 10.1.2.0/24?');
	t.is(validateLocalSubnet('192.168.0.0/24, 192.168.1.5/24'), '192.168.1.5/24 has host bits set; did you mean 192.168.1.0/24?');
});

test('LocalSubnet names a duplicate block', t => {
	t.is(validateLocalSubnet('192.168.1.0/24,192.168.1.0/24'), '192.168.1.0/24 is listed twice; list each block once.');
});

test('LocalSubnet names a block that contains another, whichever comes first', t => {
	t.is(validateLocalSubnet('192.168.0.0/16,192.168.1.0/24'), '192.168.0.0/16 already contains 192.168.1.0/24; list only 192.168.0.0/16.');
	t.is(validateLocalSubnet('192.168.1.0/24,192.168.0.0/16'), '192.168.0.0/16 already contains 192.168.1.0/24; list only 192.168.0.0/16.');
});

test('LocalSubnet needs at least one valid block', t => {
	t.regex(validateLocalSubnet('') ?? '', /at least one CIDR block.*192\.168\.0\.0\/24/);
	t.regex(validateLocalSubnet(' , ') ?? '', /at least one CIDR block/);
	t.is(validateLocalSubnet('192.168.1.0'), '\'192.168.1.0\' is not an IPv4 CIDR block; write address/prefix length, for example 192.168.0.0/24.');
	t.regex(validateLocalSubnet('192.168.1.0/24;10.0.0.0/8') ?? '', /not an IPv4 CIDR block/);
});

const poolContext: ClientIpPoolContext = {
	vpcCidrBlocks: ['192.168.0.0/16', '172.16.0.0/16'],
	localSubnet: ['192.168.0.0/24', '10.50.0.0/16'],
	otherClientPools: ['10.20.0.0/24'],
};

test('a free pool of /16 to /29 is accepted', t => {
	for (const pool of ['10.10.0.0/24', '10.30.0.0/16', '10.10.0.8/29', ' 10.10.0.0/24 ']) {
		t.is(validateClientIpPool(pool, poolContext), undefined, pool);
	}
});

test('pool 10.0.0.0/8 is refused for its prefix length, with a free /16 to try', t => {
	t.is(
		validateClientIpPool('10.0.0.0/8', poolContext),
		'10.0.0.0/8 is a /8, but a client IP pool must be from /16 (65,536 addresses) to /29 (8 addresses), for example 10.0.0.0/16.',
	);
	t.regex(validateClientIpPool('10.10.0.0/30', poolContext) ?? '', /is a \/30, but .* from \/16 .* to \/29 .*, for example 10\.0\.0\.0\/29\./);
});

test('a pool with host bits offers the normalised block', t => {
	t.is(validateClientIpPool('192.168.1.5/24', {vpcCidrBlocks: [], localSubnet: [], otherClientPools: []}), '192.168.1.5/24 has host bits set; did you mean 192.168.1.0/24?');
});

test('a pool overlapping the VPC secondary block names it and offers a free block', t => {
	t.is(
		validateClientIpPool('172.16.0.0/16', poolContext),
		'172.16.0.0/16 overlaps the VPC\'s secondary block 172.16.0.0/16, and client addresses must lie outside the VPC; choose a block outside it, for example 10.0.0.0/16.',
	);
});

test('a pool overlapping the VPC primary block says primary', t => {
	t.regex(validateClientIpPool('192.168.200.0/24', poolContext) ?? '', /overlaps the VPC's primary block 192\.168\.0\.0\/16/);
});

test('a pool overlapping a LocalSubnet block names it', t => {
	t.regex(validateClientIpPool('10.50.1.0/24', poolContext) ?? '', /^10\.50\.1\.0\/24 overlaps LocalSubnet block 10\.50\.0\.0\/16, .*for example 10\.0\.0\.0\/24\.$/);
});

test('a pool overlapping another server\'s pool on the gateway names it', t => {
	t.regex(validateClientIpPool('10.20.0.0/16', poolContext) ?? '', /^10\.20\.0\.0\/16 overlaps 10\.20\.0\.0\/24, the client pool of another server on this gateway/);
});

test('the offered free block skips every taken range', t => {
	const busy: ClientIpPoolContext = {vpcCidrBlocks: ['10.0.0.0/8'], localSubnet: ['172.16.0.0/12'], otherClientPools: ['192.168.0.0/24']};
	t.regex(validateClientIpPool('10.1.0.0/24', busy) ?? '', /for example 192\.168\.1\.0\/24\.$/);
});

test('a pool must be exactly one block', t => {
	t.regex(validateClientIpPool('', poolContext) ?? '', /^Enter the client IP pool as one CIDR block from \/16 to \/29, for example 10\.0\.0\.0\/24\.$/);
	t.regex(validateClientIpPool('10.10.0.0/24,10.11.0.0/24', poolContext) ?? '', /only one CIDR block/);
	t.regex(validateClientIpPool('clients', poolContext) ?? '', /'clients' is not an IPv4 CIDR block/);
});

test('lifetimes: whole seconds 0 to 86400 and nothing else, each mistake explained', t => {
	t.is(validateLifetime('3600'), undefined);
	t.is(validateLifetime(' 60 '), undefined);
	// Found by the property test: String#trim also dropped a tab, so "\t0" passed as 0.
	t.not(validateLifetime('\t0'), undefined);
	t.is(parseLifetime('\t0'), undefined);
	t.is(validateLifetime('0'), undefined);
	t.is(validateLifetime('86400'), undefined);
	t.is(validateLifetime('3600.5'), 'The lifetime must be whole seconds without decimals, from 0 to 86400, for example 3600.');
	t.is(validateLifetime('-1'), 'Write the lifetime without a + or - sign, as whole seconds from 0 to 86400, for example 3600.');
	t.is(validateLifetime('86401'), '86401 seconds is more than 86400 (24 hours), the longest allowed; for example 86400.');
	t.is(validateLifetime('1h'), 'Write the lifetime as a plain number of seconds without a unit, from 0 to 86400; one hour is 3600.');
	t.regex(validateLifetime('3600 s') ?? '', /without a unit/);
	t.regex(validateLifetime('') ?? '', /whole seconds from 0 to 86400/);
	t.regex(validateLifetime('1e3') ?? '', /'1e3' is not a number of seconds; use digits only/);
	t.regex(validateLifetime('99999999999999999999999') ?? '', /more than 86400/);
});

test('LocalId is a domain name or an IP address', t => {
	for (const id of ['47.100.1.2', 'vpn.example.com', 'VPN-1.Example.co.uk', '2001:db8::1']) {
		t.is(validateLocalId(id), undefined, id);
	}
});

test('LocalId is required and refuses what is neither a name nor an address', t => {
	t.regex(validateLocalId('') ?? '', /Enter the server's identity/);
	t.is(validateLocalId('300.1.1.1'), '\'300.1.1.1\' is not a valid IPv4 address (four numbers 0–255 separated by dots); for example 47.100.1.2.');
	t.regex(validateLocalId('vpn_server.example.com') ?? '', /neither a domain name nor an IP address; use a domain name such as vpn\.example\.com/);
	t.regex(validateLocalId('-vpn.example.com') ?? '', /neither a domain name/);
	t.regex(validateLocalId('vpn') ?? '', /neither a domain name/);
	t.regex(validateLocalId('vpn .example.com') ?? '', /cannot contain spaces/);
	t.regex(validateLocalId(`${'a'.repeat(64)}.com`) ?? '', /neither a domain name/);
	t.regex(validateLocalId('fe80::1%eth0') ?? '', /neither a domain name/);
});

test('RemoteId may be empty, otherwise follows the LocalId rules', t => {
	t.is(validateRemoteId(''), undefined);
	t.is(validateRemoteId('laptop.example.com'), undefined);
	t.regex(validateRemoteId('laptop example') ?? '', /^RemoteId cannot contain spaces/);
});

test('a PSK of 1 to 100 printable ASCII characters without spaces is accepted', t => {
	for (const psk of ['a', 'Cfd123!#%+-_', '~'.repeat(100), 'quote\'s"and\\back']) {
		t.is(validatePsk(psk), undefined);
	}
});

test('a PSK with a space, a tab or ü is refused without repeating the key', t => {
	const space = validatePsk('correct horse');
	const tab = validatePsk('secret\tkey');
	const umlaut = validatePsk('grüße-key');
	t.is(space, 'The pre-shared key cannot contain spaces; use letters, digits and symbols such as ! # % + - _ only.');
	t.regex(tab ?? '', /tab or another control character/);
	t.regex(umlaut ?? '', /outside plain ASCII/);
	for (const message of [space, tab, umlaut]) {
		t.false(/horse|secret|grüße/.test(message ?? ''));
	}
});

test('an empty or too long PSK says the limits', t => {
	t.regex(validatePsk('') ?? '', /1 to 100 characters/);
	t.regex(validatePsk('k'.repeat(101)) ?? '', /longer than 100 characters/);
});
