import test from 'ava';
import {parseArguments} from '../../source/cli/parse-arguments.js';
import {parseRunbookArguments} from '../../source/cli/parse-runbook-arguments.js';
import {runbookUsage} from '../../source/cli/runbook-usage.js';
import {helpText} from '../../source/cli/help-text.js';

const target = ['--region', 'cn-hangzhou', '--server', 'iss-bp1abc'];

test('other commands are not the runbook\'s: the wizard\'s parser keeps them', t => {
	t.is(parseRunbookArguments([]), undefined);
	t.is(parseRunbookArguments(['status', '--region', 'cn-hangzhou']), undefined);
	t.is(parseRunbookArguments(['--sandbox']), undefined);
});

test('plan: every --set in order, the key file, the flags of the connection', t => {
	t.like(parseRunbookArguments(['plan', ...target, '--set', 'IkeConfig.IkeEncAlg=aes256', '--set', 'ClientIpPool=10.9.0.0/24', '--generate-psk', 'k', '--out', 'p.json', '--profile', 'work', '--json']), {
		kind: 'plan',
		region: 'cn-hangzhou',
		server: 'iss-bp1abc',
		sets: ['IkeConfig.IkeEncAlg=aes256', 'ClientIpPool=10.9.0.0/24'],
		generatePsk: 'k',
		out: 'p.json',
		profile: 'work',
		json: true,
		sandbox: false,
	});
});

test('apply: one plan file, --yes, the timeout', t => {
	t.like(parseRunbookArguments(['apply', 'p.json', '--yes', '--timeout', '90s', '--sandbox']), {kind: 'apply', planFile: 'p.json', yes: true, timeoutMs: 90_000, sandbox: true});
});

for (const [what, argv, pattern] of [
	['plan without --out', ['plan', ...target, '--set', 'IpsecServerName=x'], /needs --out FILE/],
	['plan without --server', ['plan', '--region', 'cn-hangzhou', '--out', 'p.json'], /needs --region and --server/],
	['both key flags', ['plan', ...target, '--psk-file', 'a', '--generate-psk', 'b', '--out', 'p'], /do not go together/],
	['an unknown preset', ['plan', ...target, '--preset', 'fast', '--out', 'p'], /the preset is recommended/],
	['a flag of another command', ['show', ...target, '--yes'], /--yes does not belong to the show command/],
	['apply without a plan', ['apply', '--yes'], /takes one plan file/],
	['an unknown option', ['show', ...target, '--frobnicate'], /--frobnicate is not known/],
	['a bad server ID', ['show', '--region', 'cn-hangzhou', '--server', 'vpn-x'], /does not look like a server ID/],
	['--endpoint with --sandbox', ['show', ...target, '--sandbox', '--endpoint', '127.0.0.1:1'], /do not go together/],
] as const) {
	test(`${what} is a usage error in one sentence`, t => {
		const result = parseRunbookArguments([...argv]);
		t.is(result?.kind, 'usage-error');
		const message = result?.kind === 'usage-error' ? result.message : '';
		t.regex(message, pattern);
		t.regex(message, /^[^\n]+[.)]$/);
	});
}

test('--help of each command documents it; the main help names the commands', t => {
	for (const command of ['show', 'plan', 'apply'] as const) {
		t.deepEqual(parseRunbookArguments([command, '--help']), {kind: 'runbook-help', command});
		t.regex(runbookUsage[command], new RegExp(`^Usage: ipsec-wizard ${command} `));
		t.notRegex(runbookUsage[command], /[^\u0000-\u007F]/u, 'ASCII only');
	}

	t.regex(runbookUsage.plan, /IkeConfig\.IkeVersion/);
	t.regex(runbookUsage.apply, /--yes/);
	const text = helpText('1.2.3');
	for (const command of ['ipsec-wizard show', 'ipsec-wizard plan', 'ipsec-wizard apply']) {
		t.true(text.includes(command), command);
	}

	t.is(parseArguments(['show', '--region', 'cn-hangzhou']).kind, 'usage-error', 'the wizard\'s parser does not take them (main.tsx routes them first)');
});
