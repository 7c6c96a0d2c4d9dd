// `ipsec-wizard client-config` from the built CLI against the in-process sandbox, no terminal:
// the files and their modes, and the key nowhere but the files asked for.
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {parse} from 'plist';
import {demoRegion, demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {makeTempDir} from '../support/child-env.js';
import {runCli} from '../support/run-cli.js';

const modern = demoRegion.servers.find(server => server.ipsecServerId === demoServerIds.modern)!;
const base = ['client-config', '--sandbox', '--region', 'cn-hangzhou', '--server', modern.ipsecServerId];

test('--format all --include-psk --out DIR writes the three files 0600 in a 0700 folder, the key in them and nowhere else', async t => {
	const out = path.join(makeTempDir(), 'profiles');
	const result = await runCli([...base, '--format', 'all', '--include-psk', '--out', out]);
	t.is(result.code, 0, result.stderr);
	t.is((await stat(out)).mode & 0o777, 0o700);
	for (const name of ['swanctl.conf', 'ipsec-server.mobileconfig', 'settings-card.txt']) {
		const file = path.join(out, name);
		t.is((await stat(file)).mode & 0o777, 0o600, name);
		t.true((await readFile(file, 'utf8')).includes(modern.psk), name);
		t.regex(result.stdout, new RegExp(`Wrote ${file.replaceAll('.', '\\.')} \\(holds the pre-shared key, 0600\\)`));
	}

	const plist = parse(await readFile(path.join(out, 'ipsec-server.mobileconfig'), 'utf8')) as any;
	t.is(plist.PayloadContent[0].IKEv2.SharedSecret, modern.psk);
	t.false(result.stdout.includes(modern.psk));
	t.false(result.stderr.includes(modern.psk));
	t.regex(result.stdout, /iOS\/macOS built-in IKEv2 \(26 and later\): yes/);
});

test('without --out the chosen format goes to stdout with a placeholder, never the key', async t => {
	const result = await runCli([...base, '--format', 'swanctl']);
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout, /^# strongSwan/);
	t.regex(result.stdout, /secret = "REPLACE-WITH-THE-PRE-SHARED-KEY"/);
	t.false(result.stdout.includes(modern.psk));
	t.regex(result.stderr, /placeholder/);
});

test('--out without --include-psk writes the files with the placeholder', async t => {
	const out = makeTempDir();
	const result = await runCli([...base, '--format', 'card', '--out', out]);
	t.is(result.code, 0, result.stderr);
	const card = await readFile(path.join(out, 'settings-card.txt'), 'utf8');
	t.false(card.includes(modern.psk));
	t.regex(card, /^Secret +\(not included/m);
});

test('--include-psk without --out is refused with exit 2 and one sentence', async t => {
	const result = await runCli([...base, '--include-psk']);
	t.is(result.code, 2);
	t.is(result.stdout, '');
	t.regex(result.stderr, /^--include-psk puts the key in files, so it needs --out DIR.*\n$/);
});

test('an unknown server and a bad --format each get one sentence', async t => {
	const missing = await runCli(['client-config', '--sandbox', '--region', 'cn-hangzhou', '--server', 'iss-bp1nosuchserver']);
	t.is(missing.code, 1);
	t.regex(missing.stderr, /^No IPsec server iss-bp1nosuchserver in cn-hangzhou/);
	const format = await runCli([...base, '--format', 'ovpn']);
	t.is(format.code, 2);
	t.regex(format.stderr, /--format "ovpn" is not one of swanctl, mobileconfig, card or all/);
});

test('a legacy IKEv1 server gets no .mobileconfig, and the reason', async t => {
	const result = await runCli(['client-config', '--sandbox', '--region', 'cn-hangzhou', '--server', demoServerIds.legacy, '--format', 'mobileconfig']);
	t.is(result.code, 1);
	t.is(result.stdout, '');
	t.regex(result.stderr, /No \.mobileconfig: .* does not speak IKEv1/);
});
