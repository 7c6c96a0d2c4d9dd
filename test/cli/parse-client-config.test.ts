import test from 'ava';
import {parseArguments} from '../../source/cli/parse-arguments.js';

const base = ['client-config', '--region', 'cn-hangzhou', '--server', 'iss-bp1example'];

test('client-config with its options parses into the command; --format defaults to all', t => {
	t.like(parseArguments([...base, '--sandbox']), {kind: 'client-config', region: 'cn-hangzhou', server: 'iss-bp1example', formats: ['swanctl', 'mobileconfig', 'card'], includePsk: false, sandbox: true});
	t.like(parseArguments([...base, '--format', 'card', '--include-psk', '--out', 'dir', '--profile', 'p']), {formats: ['card'], includePsk: true, out: 'dir', profile: 'p'});
	t.like(parseArguments(['--sandbox', ...base]), {kind: 'client-config'});
});

test('client-config refuses what it cannot do, in one sentence', t => {
	t.like(parseArguments([...base, '--include-psk']), {kind: 'usage-error'});
	const message = (argv: string[]) => {
		const parsed = parseArguments(argv);
		return parsed.kind === 'usage-error' ? parsed.message : '';
	};

	t.regex(message(['client-config', '--region', 'cn-hangzhou']), /needs --region and --server/);
	t.regex(message([...base, '--psk-file', 'x']), /does not take --psk-file/);
	t.like(parseArguments([...base, '--sandbox', '--endpoint', 'https://vpc.aliyuncs.com']), {kind: 'usage-error'});
	t.like(parseArguments([...base, '--format', 'all', 'extra']), {kind: 'usage-error'});
	t.like(parseArguments(['client-config', '--help']), {kind: 'client-config-help'});
});

test('the word client-config as an option value leaves the other commands alone', t => {
	t.like(parseArguments(['--profile', 'client-config', '--sandbox']), {kind: 'wizard', profile: 'client-config'});
	t.like(parseArguments(['status', '--region', 'cn-hangzhou', '--gateway', 'vpn-bp1x', '--profile', 'client-config']), {kind: 'status'});
});
