import test from 'ava';
import {helpText} from '../../source/cli/help-text.js';
import {defaultTimeoutMs, parseArguments} from '../../source/cli/parse-arguments.js';

const parse = (...argv: string[]) => parseArguments(argv);

test('no arguments starts the wizard with defaults', t => {
	t.like(parse(), {kind: 'wizard', sandbox: false, color: true, timeoutMs: defaultTimeoutMs});
});

test('every wizard flag is read', t => {
	t.like(
		parse('--region', 'cn-hangzhou', '--server', 'iss-bp1abc', '--gateway', 'vpn-bp1abc', '--profile', 'work', '--timeout', '90s', '--no-color', '--psk-file', 'key.txt'),
		{kind: 'wizard', region: 'cn-hangzhou', server: 'iss-bp1abc', gateway: 'vpn-bp1abc', profile: 'work', timeoutMs: 90_000, color: false, pskFile: 'key.txt'},
	);
	t.like(parse('--sandbox'), {kind: 'wizard', sandbox: true});
	t.like(parse('--endpoint', '127.0.0.1:8080'), {kind: 'wizard', endpoint: '127.0.0.1:8080'});
});

test('--help and --version win over everything else', t => {
	t.deepEqual(parse('--help'), {kind: 'help'});
	t.deepEqual(parse('status', '--help'), {kind: 'help'});
	t.deepEqual(parse('--version'), {kind: 'version'});
});

test('the help names every flag, the keys, the exit codes and the environment', t => {
	const text = helpText('1.2.3');
	for (const expected of ['--region', '--server', '--gateway', '--profile', '--endpoint', '--sandbox', '--timeout', '--no-color', '--psk-file', '--port', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'IPSEC_WIZARD_SANDBOX_', 'IPSEC_WIZARD_CONFIG_DIR', '130', 'Ctrl+C']) {
		t.true(text.includes(expected), expected);
	}

	t.notRegex(text, /[^\u0000-\u007F]/u, 'ASCII only');
});

test('--region=value works too', t => {
	t.like(parse('--region=cn-shanghai'), {kind: 'wizard', region: 'cn-shanghai'});
});

test('status needs --region and --gateway', t => {
	t.like(parse('status', '--region', 'cn-hangzhou', '--gateway', 'vpn-bp1abc', '--server', 'iss-bp1abc'), {
		kind: 'status',
		region: 'cn-hangzhou',
		gateway: 'vpn-bp1abc',
		server: 'iss-bp1abc',
	});
	const missing = parse('status', '--region', 'cn-hangzhou');
	t.is(missing.kind, 'usage-error');
});

test('sandbox takes a port and nothing else', t => {
	t.deepEqual(parse('sandbox'), {kind: 'sandbox', port: 0});
	t.deepEqual(parse('sandbox', '--port', '8123'), {kind: 'sandbox', port: 8123});
	t.is(parse('sandbox', '--port', '70000').kind, 'usage-error');
	t.is(parse('sandbox', '--region', 'cn-hangzhou').kind, 'usage-error');
	t.is(parse('--port', '8123').kind, 'usage-error');
});

const usageErrors: Array<[string, string[]]> = [
	['an unknown flag', ['--colour']],
	['an unknown command', ['statu']],
	['a flag without its value', ['--region']],
	['a malformed region', ['--region', 'Hangzhou!']],
	['a server ID that is not one', ['--server', 'vpn-123']],
	['a gateway ID that is not one', ['--gateway', 'iss-123']],
	['a timeout that is not a duration', ['--timeout', 'soon']],
	['a zero timeout', ['--timeout', '0']],
	['an endpoint with a path', ['--endpoint', 'https://example.com/api']],
	['--endpoint with --sandbox', ['--sandbox', '--endpoint', '127.0.0.1:1']],
	['--psk-file on status', ['status', '--region', 'cn-hangzhou', '--gateway', 'vpn-a1', '--psk-file', 'x']],
];

for (const [what, argv] of usageErrors) {
	test(`${what} is a usage error in one sentence`, t => {
		const result = parse(...argv);
		t.is(result.kind, 'usage-error');
		if (result.kind === 'usage-error') {
			t.false(result.message.includes('\n'));
			t.regex(result.message, /[.!]$/);
		}
	});
}

test('an unknown command names every command there is', t => {
	const parsed = parseArguments(['frobnicate']);
	t.is(parsed.kind, 'usage-error');
	for (const command of ['status', 'sandbox', 'client-config', 'show', 'plan', 'apply']) {
		t.true(parsed.kind === 'usage-error' && parsed.message.includes(command), command);
	}
});
