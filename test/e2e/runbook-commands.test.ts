// The runbook commands end to end: the built CLI with pipes for stdin and stdout (no terminal),
// against a sandbox the test runs, so its state and its call log can be read. And the wizard and
// `apply` making the same change send the same calls.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {childEnvironment, makeTempDir} from '../support/child-env.js';
import {launchAgainst} from '../support/e2e-fixture.js';
import {startTestSandbox, type TestSandbox} from '../support/test-sandbox.js';
import {cliPath, launchWizard, targetArgs, targetEnv} from '../support/wizard-process.js';
import {journey} from '../support/wizard-journey.js';

const region = journey.regionId;
const serverId = journey.serverId;

type Run = {code: number | null; stdout: string; stderr: string};

function runCli(sandbox: TestSandbox, configDir: string, args: string[], onStdout?: (stdout: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args, ...targetArgs(sandbox.target)], {
			env: childEnvironment(targetEnv(sandbox.target), configDir),
			cwd: configDir,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			onStdout?.(stdout, child);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.stdin.end();
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}

async function setUp(t: ExecutionContext) {
	const sandbox = await startTestSandbox({updatingMs: 1500});
	t.teardown(async () => sandbox.close());
	const dir = makeTempDir('ipsec-wizard-runbook-');
	return {sandbox, dir, run: async (...args: string[]) => runCli(sandbox, dir, args)};
}

const planArgs = (...extra: string[]) => ['plan', '--region', region, '--server', serverId, ...extra];
const updates = (sandbox: Sandbox) => sandbox.inspect.calls().filter(call => call.action === 'UpdateIpsecServer');

test('an invalid plan is refused with exit 2, one sentence per problem, and no file is written', async t => {
	const {sandbox, dir, run} = await setUp(t);
	const result = await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=blowfish', '--set', 'NoSuchKey=1', '--set', 'IpsecConfig.IpsecLifetime=90000', '--out', 'plan.json'));
	t.is(result.code, 2, result.stderr);
	const lines = result.stderr.trim().split('\n');
	t.is(lines.length, 3, result.stderr);
	t.regex(lines[0]!, /^--set IkeConfig\.IkeEncAlg: 'blowfish' is not supported; choose one of aes, .*\.$/);
	t.regex(lines[1]!, /^--set NoSuchKey: there is no such setting/);
	t.regex(lines[2]!, /^--set IpsecConfig\.IpsecLifetime: /);
	t.false(existsSync(path.join(dir, 'plan.json')));
	t.deepEqual(updates(sandbox), []);
});

test('a value the server\'s surroundings rule out (the pool inside the VPC) is refused with exit 2 and no file', async t => {
	const {dir, run} = await setUp(t);
	const show = JSON.parse((await run('show', '--region', region, '--server', serverId, '--json')).stdout) as {settings: Record<string, unknown>};
	const inside = String(show.settings['LocalSubnet']).split(',')[0]!;
	const result = await run(...planArgs('--set', `ClientIpPool=${inside}`, '--out', 'plan.json'));
	t.is(result.code, 2, result.stderr);
	t.regex(result.stderr, /^ClientIpPool: /);
	t.false(existsSync(path.join(dir, 'plan.json')));
});

test('a valid plan applies and verifies; applying it again sends nothing and says so; show --json holds the new values', async t => {
	const {sandbox, dir, run} = await setUp(t);
	const planned = await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--set', 'ClientIpPool=10.251.0.0/24', '--generate-psk', 'new.key', '--out', 'plan.json'));
	t.is(planned.code, 0, planned.stderr);
	t.regex(planned.stdout, /IkeConfig\.IkeEncAlg: aes256 -> aes192/);
	t.regex(planned.stdout, /Impact:/);
	const planText = await readFile(path.join(dir, 'plan.json'), 'utf8');
	const key = (await readFile(path.join(dir, 'new.key'), 'utf8')).trim();
	t.false(planText.includes(key), 'the plan never holds the key');
	t.deepEqual(updates(sandbox), [], 'planning changes nothing');

	const applied = await run('apply', 'plan.json', '--yes');
	t.is(applied.code, 0, applied.stdout + applied.stderr);
	t.regex(applied.stdout, /Prechecking with DryRun/);
	t.regex(applied.stdout, /Verified: the server has exactly the settings that were sent\./);
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	t.is(sandbox.inspect.server(serverId)?.psk, key, 'the key from the key file was sent');
	const audit = (await readFile(path.join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map(line => JSON.parse(line) as {verdict: string});
	t.deepEqual(audit.map(line => line.verdict), ['sending', 'submitted', 'verified']);
	t.false((await readFile(path.join(dir, 'audit.jsonl'), 'utf8')).includes(key));

	const again = await run('apply', 'plan.json', '--yes');
	t.is(again.code, 0, again.stdout + again.stderr);
	t.regex(again.stdout, /Already applied: .*nothing was sent again\./);
	t.is(sandbox.inspect.appliedUpdates().length, 1, 'applied once');
	t.is(updates(sandbox).length, 2, 'only the first apply\'s DryRun and call');
	const machine = await run('apply', 'plan.json', '--yes', '--json');
	t.is(machine.code, 0);
	t.like(JSON.parse(machine.stdout) as object, {outcome: 'already-applied', exitCode: 0});
	t.regex(machine.stderr, /Already applied/, 'the lines go to stderr with --json');

	const shown = await run('show', '--region', region, '--server', serverId, '--json');
	t.is(shown.code, 0, shown.stderr);
	const json = JSON.parse(shown.stdout) as {settings: Record<string, unknown>; gateway: {status: string}};
	t.is(json.settings['IkeConfig.IkeEncAlg'], 'aes192');
	t.is(json.settings['ClientIpPool'], '10.251.0.0/24');
	t.deepEqual(json.settings['Psk'], {present: true, masked: '********'});
	t.false(shown.stdout.includes(key));
	t.is(json.gateway.status, 'active');
});

test('a plan whose server changed meanwhile is refused with exit 1, the fields named, nothing sent', async t => {
	const {sandbox, run} = await setUp(t);
	t.is((await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	sandbox.inspect.mutateServer(serverId, {ipsecServerName: 'renamed-meanwhile', clientIpPool: '10.252.0.0/24'});
	const result = await run('apply', 'plan.json', '--yes');
	t.is(result.code, 1, result.stdout + result.stderr);
	t.regex(result.stdout, /the server changed since the plan was made, so nothing was sent/);
	t.regex(result.stdout, /IpsecServerName: platform-admins -> renamed-meanwhile/);
	t.regex(result.stdout, /ClientIpPool: .* -> 10\.252\.0\.0\/24/);
	t.deepEqual(updates(sandbox), []);
});

test('apply without a terminal and without --yes: exit 2 with the sentence, nothing read or sent', async t => {
	const {sandbox, run} = await setUp(t);
	t.is((await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	const before = sandbox.inspect.calls().length;
	const result = await run('apply', 'plan.json');
	t.is(result.code, 2);
	t.regex(result.stderr, /there is no terminal to ask on; add --yes/);
	t.is(sandbox.inspect.calls().length, before);
});

test('a plan file that is not a plan is refused with exit 2 and one sentence', async t => {
	const {run, dir} = await setUp(t);
	const {writeFile} = await import('node:fs/promises');
	await writeFile(path.join(dir, 'bad.json'), JSON.stringify({format: 'ipsec-wizard-plan', version: 1}));
	const result = await run('apply', 'bad.json', '--yes');
	t.is(result.code, 2);
	t.regex(result.stderr, /^bad\.json is not a usable plan \(.*\); make it again with ipsec-wizard plan\.\n$/);
});

/** The calls from the re-read before the update on, with a run of gateway polls as one. */
function submitCalls(sandbox: Sandbox): string[] {
	const calls = sandbox.inspect.calls().map(call => `${call.action}${call.code ? ` ${call.code}` : ''}`);
	const firstUpdate = calls.findIndex(call => call.startsWith('UpdateIpsecServer'));
	return calls.slice(firstUpdate - 1).filter((call, index, all) => !(call.startsWith('DescribeVpnGateway') && all[index - 1] === call));
}

test.serial('the wizard and apply send the same sequence of calls for the same change', async t => {
	const wizardSandbox = await startTestSandbox({updatingMs: 1500});
	t.teardown(async () => wizardSandbox.close());
	const {session} = launchAgainst(t, wizardSandbox, {regionId: region, serverId});
	await journey.toBasics(session);
	await journey.changeIkeEncryptionAndSubmit(session, 'aes192');
	await session.waitForText(journey.verifiedText, {timeout: 30_000});

	const {sandbox, run} = await setUp(t);
	t.is((await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	const applied = await run('apply', 'plan.json', '--yes');
	t.is(applied.code, 0, applied.stdout + applied.stderr);

	const wizardCalls = submitCalls(wizardSandbox);
	t.deepEqual(submitCalls(sandbox), wizardCalls);
	t.deepEqual(wizardCalls.slice(0, 3), ['ListIpsecServers', 'UpdateIpsecServer DryRunOperation', 'UpdateIpsecServer']);
	t.is(wizardCalls.at(-1), 'ListIpsecServers', 'both verify by reading the server');
	t.is(wizardSandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg, sandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg);
});

test('apply interrupted (SIGTERM) while the gateway is updating: exit 143 and the command to follow it, as the wizard prints', async t => {
	const sandbox = await startTestSandbox({updatingMs: 120_000});
	t.teardown(async () => sandbox.close());
	const dir = makeTempDir('ipsec-wizard-runbook-');
	t.is((await runCli(sandbox, dir, planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	let signalled = false;
	const result = await runCli(sandbox, dir, ['apply', 'plan.json', '--yes'], (stdout, child) => {
		if (!signalled && /updating \(Normal\)/.test(stdout)) {
			signalled = true;
			child.kill('SIGTERM');
		}
	});
	t.true(signalled, result.stdout);
	t.is(result.code, 143);
	const vpnGatewayId = sandbox.inspect.server(serverId)!.vpnGatewayId;
	t.true(
		result.stdout.includes(`Interrupted; the update may have been applied. Follow it with: ipsec-wizard status --region ${region} --gateway ${vpnGatewayId} --server ${serverId} --endpoint`),
		result.stdout,
	);
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	const pending = await readFile(path.join(dir, 'pending-updates', `${serverId}.json`), 'utf8');
	t.regex(pending, /"clientToken"/, 'the pending record is kept for status to settle');
});

test('on a terminal apply asks first; n sends nothing and says so (exit 130, as the wizard\'s cancel)', async t => {
	const {sandbox, dir, run} = await setUp(t);
	t.is((await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	const {session} = launchWizard({args: ['apply', path.join(dir, 'plan.json'), ...targetArgs(sandbox.target)], env: targetEnv(sandbox.target), configDir: dir});
	t.teardown(async () => session.kill());
	await session.waitForText(/IkeConfig\.IkeEncAlg: aes256 -> aes192[\s\S]*now\? \[y\/N\]/, {timeout: 15_000});
	session.write('n\r');
	t.is((await session.waitForExit({timeout: 15_000})).exitCode, 130);
	t.regex(session.screenText(), /Cancelled: nothing was changed\./);
	t.deepEqual(updates(sandbox), []);
});

test('on a terminal apply counts the wait below its lines while the gateway updates, then leaves only the plain lines and the verdict', async t => {
	const sandbox = await startTestSandbox({updatingMs: 6000});
	t.teardown(async () => sandbox.close());
	const dir = makeTempDir('ipsec-wizard-runbook-');
	t.is((await runCli(sandbox, dir, planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	const {session} = launchWizard({args: ['apply', path.join(dir, 'plan.json'), '--yes', ...targetArgs(sandbox.target)], env: targetEnv(sandbox.target), configDir: dir});
	t.teardown(async () => session.kill());
	await session.waitForText(/Waiting: gateway updating · \d+ s · last look \d\d:\d\d:\d\d/, {timeout: 20_000});
	t.is((await session.waitForExit({timeout: 30_000})).exitCode, 0);
	const screen = session.screenText();
	t.regex(screen, /Following gateway vpn-\w+ until it is active again\n.*updating \(Normal\)/);
	t.regex(screen, /Verified: the server has exactly the settings that were sent\./);
	t.false(screen.includes('Waiting'), `the waiting line is gone:\n${screen}`);
});

test('the same plan after the server was changed back: the service replays the first answer, and apply says it applied nothing again', async t => {
	const {sandbox, run} = await setUp(t);
	const original = sandbox.inspect.server(serverId)!;
	t.is((await run(...planArgs('--set', 'IkeConfig.IkeEncAlg=aes192', '--out', 'plan.json'))).code, 0);
	t.is((await run('apply', 'plan.json', '--yes')).code, 0);
	sandbox.inspect.mutateServer(serverId, {ikeConfig: original.ikeConfig});
	const again = await run('apply', 'plan.json', '--yes');
	t.is(again.code, 1, again.stdout + again.stderr);
	t.regex(again.stdout, /The service answered with the answer it gave this plan's ClientToken at .* \(RequestId [\w-]+\): the plan was applied then, and nothing was applied again\./);
	t.is(sandbox.inspect.appliedUpdates().length, 1, 'applied once');
});
