// The generated files read back as what a client parses: the .mobileconfig as a property list,
// the card line by line; the compatibility table against Apple's documented lists.
import test from 'ava';
import {parse} from 'plist';
import {clientCompatibility, clientProfiles, columns, lockoutAdvisories, pskPlaceholder, type ProfileInput} from '../../source/domain/client-profiles/index.js';
import type {IpsecServerConfig} from '../../source/domain/model.js';
import {configFromServer} from '../../source/domain/server-config.js';
import {demoRegion, demoServerIds} from '../../source/sandbox/seed/demo-region.js';

const server = (id: string) => demoRegion.servers.find(each => each.ipsecServerId === id)!;
const input = (id: string, change?: (config: IpsecServerConfig) => void, includePsk = true): ProfileInput => {
	const seed = server(id);
	const config = configFromServer(seed);
	change?.(config);
	return {config, gatewayInternetIp: seed.internetIp, ipsecServerId: seed.ipsecServerId, includePsk};
};

const file = (profileInput: ProfileInput, format: 'swanctl' | 'mobileconfig' | 'card') =>
	clientProfiles(profileInput).files.find(each => each.format === format);

test('the .mobileconfig parses back as a property list with the server\'s IKE and child parameters', t => {
	const modern = input(demoServerIds.modern);
	const profile = file(modern, 'mobileconfig')!;
	const parsed = parse(profile.content) as any;
	t.is(parsed.PayloadType, 'Configuration');
	const [vpn] = parsed.PayloadContent;
	t.is(vpn.PayloadType, 'com.apple.vpn.managed');
	t.is(vpn.VPNType, 'IKEv2');
	t.like(vpn.IKEv2, {
		AuthenticationMethod: 'SharedSecret', SharedSecret: modern.config.psk, RemoteAddress: '203.0.113.58',
		RemoteIdentifier: 'vpn.example.com', LocalIdentifier: 'admins.example.com', EnablePFS: 1,
	});
	t.deepEqual(vpn.IKEv2.IKESecurityAssociationParameters, {EncryptionAlgorithm: 'AES-256', IntegrityAlgorithm: 'SHA2-256', DiffieHellmanGroup: 14, LifeTimeInMinutes: 480});
	t.deepEqual(vpn.IKEv2.ChildSecurityAssociationParameters, {EncryptionAlgorithm: 'AES-256', IntegrityAlgorithm: 'SHA2-256', DiffieHellmanGroup: 14, LifeTimeInMinutes: 60});
	t.true(profile.holdsKey);
});

test('the .mobileconfig: no LocalIdentifier when the server sets no RemoteId; the default server maps to AES-128/SHA1-96/group 2', t => {
	const parsed = parse(file(input(demoServerIds.busy), 'mobileconfig')!.content) as any;
	const ikev2 = parsed.PayloadContent[0].IKEv2;
	t.false('LocalIdentifier' in ikev2);
	t.is(ikev2.RemoteIdentifier, '203.0.113.24');
	t.deepEqual(ikev2.IKESecurityAssociationParameters, {EncryptionAlgorithm: 'AES-128', IntegrityAlgorithm: 'SHA1-96', DiffieHellmanGroup: 2, LifeTimeInMinutes: 1440});
});

test('a server name with markup and a line break still gives valid XML and a one-line comment in swanctl.conf', t => {
	const odd = input(demoServerIds.busy, config => {
		config.ipsecServerName = 'a</string><b>&\nconnections {';
	});
	const parsed = parse(file(odd, 'mobileconfig')!.content) as any;
	t.is(parsed.PayloadContent[0].UserDefinedName, 'a</string><b>& connections {');
	t.is(file(odd, 'swanctl')!.content.match(/^connections \{/gm)?.length, 1);
});

test('without the key: a placeholder in every file, and a finding says so', t => {
	const profiles = clientProfiles(input(demoServerIds.modern, undefined, false));
	for (const each of profiles.files) {
		t.false(each.content.includes(server(demoServerIds.modern).psk), each.fileName);
		t.false(each.holdsKey);
	}

	t.true(profiles.files.find(each => each.format === 'swanctl')!.content.includes(`secret = "${pskPlaceholder}"`));
	t.true(profiles.findings.some(finding => finding.includes('placeholder')));
});

test('a key with a quote or a backslash goes into swanctl.conf as hex', t => {
	const swanctl = file(input(demoServerIds.busy, config => {
		config.psk = 'a"b\\c';
	}), 'swanctl')!.content;
	t.true(swanctl.includes(`secret = 0x${Buffer.from('a"b\\c').toString('hex')}`));
});

test('swanctl.conf: IKE version and mode, proposals, identities, pool, traffic selectors, rekey times', t => {
	const legacy = file(input(demoServerIds.legacy), 'swanctl')!.content;
	t.regex(legacy, /version = 1\n\t\taggressive = yes/);
	t.regex(legacy, /proposals = des-md5-modp768/);
	t.regex(legacy, /esp_proposals = des-md5-modp768/);
	t.regex(legacy, /reauth_time = 86400s/);
	t.regex(legacy, /vips = 0\.0\.0\.0/);
	t.regex(legacy, /remote_ts = 192\.168\.0\.0\/16/);
	const modern = file(input(demoServerIds.modern, config => {
		config.ipsecConfig.ipsecPfs = 'disabled';
	}), 'swanctl')!.content;
	t.regex(modern, /version = 2/);
	t.regex(modern, /\t\trekey_time = 28800s/);
	t.regex(modern, /esp_proposals = aes256-sha256\n/);
	t.regex(modern, /local \{\n\t\t\tauth = psk\n\t\t\tid = admins\.example\.com/);
	t.regex(modern, /remote \{\n\t\t\tauth = psk\n\t\t\tid = vpn\.example\.com/);
});

test('the card names every field a client must match and fits 80 columns, CJK names too', t => {
	const cjk = input(demoServerIds.twoFactor, config => {
		config.ipsecServerName = '杭州研发中心远程接入服务器杭州研发中心远程接入服务器杭州研发中心远程接入服务器';
		config.localSubnet = Array.from({length: 12}, (_, index) => `10.${index}.0.0/16`);
		config.psk = 'K'.repeat(100);
	});
	const card = file(cjk, 'card')!.content;
	for (const line of card.split('\n')) {
		t.true(columns(line) <= 80, line);
	}

	for (const label of ['Type', 'Server', 'Remote ID', 'Local ID', 'Secret', 'IKE encryption', 'IKE integrity', 'IKE DH group', 'IKE SA lifetime', 'ESP encryption', 'ESP integrity', 'PFS (Phase 2)', 'Child SA lifetime', 'Virtual IP', 'Networks via tunnel']) {
		t.regex(card, new RegExp(`^${label.replaceAll(/[()]/g, '\\$&')} {2,}\\S`, 'm'), label);
	}

	t.regex(card, /^Type +IKEv2$/m);
	t.regex(card, /^Server +198\.51\.100\.33$/m);
	t.regex(card, /^Remote ID +198\.51\.100\.33$/m);
	t.regex(card, /^Local ID +\(leave empty\)$/m);
	t.regex(card, /^IKE encryption +AES256$/m);
	t.regex(card, /^IKE DH group +group14$/m);
	t.regex(card, /^Virtual IP .*10\.40\.0\.0\/23$/m);
	for (let index = 0; index < 12; index++) {
		t.true(card.includes(`10.${index}.0.0/16`));
	}

	// The 100-character key, cut over two lines but complete.
	const keyLines = card.split('\n').filter(line => /K{10}/.test(line));
	t.is(keyLines.map(line => line.trim().replace(/^Secret +/, '')).join(''), 'K'.repeat(100));
});

test('compatibility: IKEv1 locks out the IKEv2-only built-in clients; strongSwan speaks everything', t => {
	const verdicts = Object.fromEntries(clientCompatibility(input(demoServerIds.legacy).config).map(each => [each.kind, each]));
	t.is(verdicts['strongswan']!.verdict, 'yes');
	t.is(verdicts['apple']!.verdict, 'no');
	t.is(verdicts['android']!.verdict, 'no');
	t.is(verdicts['windows']!.verdict, 'unknown');
});

test('compatibility: the default proposal works on Apple before 26, not from 26 on (SHA-1 and group 2 removed)', t => {
	const verdicts = Object.fromEntries(clientCompatibility(input(demoServerIds.busy).config).map(each => [each.kind, each]));
	t.is(verdicts['apple']!.verdict, 'yes');
	t.is(verdicts['apple26']!.verdict, 'no');
	t.regex(verdicts['apple26']!.reason, /sha1/);
	t.is(verdicts['android']!.verdict, 'unknown');
});

test('compatibility: AES-192 and MD5 are not in Apple\'s lists; no .mobileconfig is written for them', t => {
	const aes192 = input(demoServerIds.modern, config => {
		config.ipsecConfig.ipsecEncAlg = 'aes192';
	});
	const apple = clientCompatibility(aes192.config).find(each => each.kind === 'apple')!;
	t.is(apple.verdict, 'no');
	t.is(apple.field, 'ipsecEncAlg');
	const profiles = clientProfiles(aes192);
	t.false(profiles.files.some(each => each.format === 'mobileconfig'));
	t.true(profiles.findings.some(finding => finding.startsWith('No .mobileconfig')));
	t.is(clientCompatibility(input(demoServerIds.modern, config => {
		config.ikeConfig.ikeAuthAlg = 'md5';
	}).config).find(each => each.kind === 'apple')!.verdict, 'no');
});

test('lock-out: a change that takes a client kind from yes to no says so; an unchanged or still-fine one does not', t => {
	const before = input(demoServerIds.modern).config;
	const after = input(demoServerIds.modern, config => {
		config.ikeConfig.ikeVersion = 'ikev1';
	}).config;
	const advisories = lockoutAdvisories(before, after);
	t.true(advisories.some(advisory => advisory.message.startsWith('after this change iOS/macOS built-in IKEv2 (before 26) clients can no longer connect')));
	t.true(advisories.every(advisory => advisory.field === 'ikeVersion'));
	t.deepEqual(lockoutAdvisories(before, before), []);
	// Already locked out before: nothing new to say.
	t.deepEqual(lockoutAdvisories(input(demoServerIds.legacy).config, input(demoServerIds.legacy).config), []);
});

test('Apple lifetimes outside 10-1440 minutes are clamped, with a finding', t => {
	const short = input(demoServerIds.modern, config => {
		config.ipsecConfig.ipsecLifetime = 300;
	});
	const profiles = clientProfiles(short);
	const parsed = parse(profiles.files.find(each => each.format === 'mobileconfig')!.content) as any;
	t.is(parsed.PayloadContent[0].IKEv2.ChildSecurityAssociationParameters.LifeTimeInMinutes, 10);
	t.true(profiles.findings.some(finding => finding.includes('300 s is 10 min')));
});
