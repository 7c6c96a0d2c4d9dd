// The built CLI with the aliyun CLI's own files in a fresh HOME: profiles in ~/.aliyun/config.json,
// a real External credential helper (a small script), STS on a closed loopback port. The test
// runner disables CLI profiles for everything else; these children get them back.
import {execFile} from 'node:child_process';
import {chmod, mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {createServer, type AddressInfo} from 'node:net';
import path from 'node:path';
import test from 'ava';
import {childEnvironment, makeTempDir} from '../support/child-env.js';
import {startTestSandbox} from '../support/test-sandbox.js';
import {cliPath, cliNode, launchWizard, type ApiTarget} from '../support/wizard-process.js';

const gateway = 'vpn-bp1a7f3k9d2m5x8c1v4b6';

type Result = {code: number; stdout: string; stderr: string};

/** The built CLI without a terminal, HOME as given, CLI profiles enabled. */
const runCli = async (home: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Result> =>
	new Promise(resolve => {
		execFile(
			cliNode,
			[cliPath, ...args],
			{env: childEnvironment({ALIBABA_CLOUD_CLI_PROFILE_DISABLED: undefined, IPSEC_WIZARD_SANDBOX_UPDATING_MS: '200', ...env}, home), timeout: 60_000},
			(error, stdout, stderr) => {
				resolve({code: error ? Number((error as {code?: number}).code ?? 1) : 0, stdout, stderr});
			},
		);
	});

async function writeConfig(home: string, config: unknown, mode = 0o600): Promise<string> {
	await mkdir(path.join(home, '.aliyun'), {recursive: true});
	const file = path.join(home, '.aliyun', 'config.json');
	await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, {mode});
	await chmod(file, mode);
	return file;
}

/** An External profile whose helper script prints the sandbox's keys, as a vault helper would. */
async function externalProfileFor(home: string, target: ApiTarget, mode = 0o600) {
	const helper = path.join(home, 'credential-helper');
	await writeFile(
		helper,
		`#!/bin/sh\necho '{"mode":"AK","access_key_id":"${target.accessKeyId}","access_key_secret":"${target.accessKeySecret}"}'\n`,
		{mode: 0o700},
	);
	return writeConfig(home, {current: 'ext', profiles: [{name: 'ext', mode: 'External', process_command: helper, region_id: 'cn-hangzhou'}], meta_path: ''}, mode);
}

for (const mode of [0o600, 0o644]) {
	test.serial(`an External profile signs status's calls and config.json (${mode.toString(8)}) is left byte for byte, mode for mode`, async t => {
		const sandbox = await startTestSandbox();
		t.teardown(async () => sandbox.close());
		const home = makeTempDir();
		const file = await externalProfileFor(home, sandbox.target, mode);
		const before = await readFile(file);
		const result = await runCli(home, ['status', '--endpoint', `http://${sandbox.target.endpoint}`, '--region', 'cn-hangzhou', '--gateway', gateway, '--timeout', '60s']);
		t.is(result.code, 0, result.stderr);
		t.false((await readFile(file, 'utf8')).includes(sandbox.target.accessKeySecret), 'no secret stored');
		t.deepEqual(await readFile(file), before, 'config.json unchanged');
		t.is((await stat(file)).mode & 0o777, mode);
		t.regex(result.stdout, /^Credentials: aliyun CLI profile ext \(External\), AccessKey ID /m);
		t.regex(result.stdout, /is active\./);
	});
}

test.serial('a RamRoleArn profile whose STS call fails: exit 1 and one sentence naming the profile, the mode and the reason', async t => {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	const home = makeTempDir();
	await writeConfig(home, {
		current: 'role',
		profiles: [{name: 'role', mode: 'RamRoleArn', access_key_id: 'FAKEROLESOURCE0001', access_key_secret: 'x', ram_role_arn: 'acs:ram::1:role/vpn', sts_endpoint: `127.0.0.1:${port}`, region_id: 'cn-hangzhou'}],
	});
	const result = await runCli(home, ['status', '--region', 'cn-hangzhou', '--gateway', gateway, '--timeout', '60s']);
	t.is(result.code, 1);
	t.is(result.stdout, '');
	t.is(
		result.stderr,
		`Profile "role" (RamRoleArn, ~/.aliyun/config.json) gave no credentials: the STS endpoint 127.0.0.1:${port} refused the connection; check the profile's role, its AccessKey and the way to STS, or choose another profile with --profile.\n`,
	);
});

test.serial('a malformed config.json: exit 1 and one sentence naming the file', async t => {
	const home = makeTempDir();
	await mkdir(path.join(home, '.aliyun'));
	await writeFile(path.join(home, '.aliyun', 'config.json'), '{"current": "default", "profiles": [');
	const result = await runCli(home, ['status', '--region', 'cn-hangzhou', '--gateway', gateway]);
	t.is(result.code, 1);
	t.is(result.stderr, '~/.aliyun/config.json is not valid JSON; fix it, or run `aliyun configure` to write it again.\n');
});

test.serial("the wizard goes to the profile's region_id without asking, and the environment's region wins over it", async t => {
	const sandbox = await startTestSandbox();
	t.teardown(async () => sandbox.close());
	const home = makeTempDir();
	await externalProfileFor(home, sandbox.target);
	const args = ['--endpoint', `http://${sandbox.target.endpoint}`];
	const first = launchWizard({args, configDir: home, env: {ALIBABA_CLOUD_CLI_PROFILE_DISABLED: undefined}});
	t.teardown(async () => first.session.kill());
	const picker = await first.session.waitForText('Region cn-hangzhou', {timeout: 20_000});
	t.regex(picker, /Step 2 of 10/);
	t.regex(picker, /Credentials: aliyun CLI profile ext \(External\) · AccessKey ID /);
	await first.session.kill();
	const second = launchWizard({args, configDir: home, env: {ALIBABA_CLOUD_CLI_PROFILE_DISABLED: undefined, ALICLOUD_REGION_ID: 'cn-shanghai'}});
	t.teardown(async () => second.session.kill());
	t.regex(await second.session.waitForText('Region cn-shanghai', {timeout: 20_000}), /Step 2 of 10/);
});

test.serial('a region variable that is not a region ID: exit 2 and the sentence naming it; the sandbox ignores the variables', async t => {
	const bad = launchWizard({args: ['--endpoint', 'http://127.0.0.1:9'], env: {ALIBABACLOUD_REGION_ID: 'Hangzhou'}, cols: 160});
	t.teardown(async () => bad.session.kill());
	const exit = await bad.session.waitForExit({timeout: 20_000});
	t.is(exit.exitCode, 2);
	t.regex(bad.session.screenText(), /ALIBABACLOUD_REGION_ID "Hangzhou" does not look like a region ID \(e\.g\. cn-hangzhou\); fix or unset it, or give --region\./);
	const sandbox = launchWizard({args: ['--sandbox'], env: {ALIBABA_CLOUD_REGION_ID: 'cn-shanghai'}});
	t.teardown(async () => sandbox.session.kill());
	t.regex(await sandbox.session.waitForText('cn-hangzhou  China (Hangzhou)', {timeout: 20_000}), /Step 1 of 10/);
});
