// Credentials as the aliyun CLI's users have them: real files in a fresh HOME, real commands, STS
// and credential services on loopback only (a closed port where one must fail). Every test gives the
// resolver its environment and also puts it in process.env (serially), because some library
// providers read process.env themselves; the runner's ALIBABA_CLOUD_CLI_PROFILE_DISABLED is unset
// here unless a test sets it.
import {chmod, mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {createServer, type AddressInfo} from 'node:net';
import http from 'node:http';
import {join} from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {readCliConfig} from '../../source/api/credentials-cli-config.js';
import {failureReason} from '../../source/api/credentials-error.js';
import {externalProvider} from '../../source/api/credentials-external.js';
import {profileSource} from '../../source/api/credentials-profile.js';
import {regionFromEnvironment} from '../../source/api/credentials-region.js';
import {maskAccessKeyId, resolveCredentials} from '../../source/api/credentials.js';
import {temporaryDirectory} from '../services/temporary-directory.js';

const original = {...process.env};

test.afterEach.always(() => {
	for (const name of Object.keys(process.env)) {
		if (!(name in original)) {
			delete process.env[name];
		}
	}

	Object.assign(process.env, original);
});

/** A fresh HOME and the environment the resolver gets: nothing of the runner's credentials. */
async function home(t: ExecutionContext, extra: Record<string, string> = {}) {
	const directory = await temporaryDirectory(t);
	const env: NodeJS.ProcessEnv = {HOME: directory, PATH: process.env['PATH'], ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ...extra};
	for (const name of Object.keys(process.env)) {
		if (/^(ALIBABA_?CLOUD|ALICLOUD)_|^REGION(_ID)?$/.test(name)) {
			delete process.env[name];
		}
	}

	Object.assign(process.env, env);
	return {directory, env};
}

const writeCliConfig = async (directory: string, config: unknown, mode = 0o600) => {
	await mkdir(join(directory, '.aliyun'), {recursive: true});
	const file = join(directory, '.aliyun', 'config.json');
	await writeFile(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2), {mode});
	await chmod(file, mode);
	return file;
};

const akProfile = (name: string, id: string, extra: Record<string, unknown> = {}) => ({
	name,
	mode: 'AK',
	access_key_id: id,
	access_key_secret: `${name}-secret-value`,
	region_id: 'cn-hangzhou',
	...extra,
});

/** A loopback port nothing listens on: a call there fails at once with ECONNREFUSED. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

const credentialsError = async (t: ExecutionContext, promise: Promise<unknown>) => {
	const error = await t.throwsAsync(promise, {instanceOf: ApiError});
	t.is(error.kind, 'credentials');
	t.false(error.message.includes('\n'), 'one sentence');
	t.notRegex(error.message, /unsupported profile mode|No Alibaba Cloud credentials were found|at .*\.js:\d+/);
	return error.message;
};

test('the AccessKey ID is masked as first four … last four', t => {
	t.is(maskAccessKeyId('SANDBOXRW0000000000000001'), 'SAND…0001');
	t.is(maskAccessKeyId('FAKE5tAbCdEf1234'), 'FAKE…1234');
	t.is(maskAccessKeyId('SHORT1'), 'SH…T1');
	t.is(maskAccessKeyId('abc'), '…');
});

test.serial('environment variables are found first and named as such', async t => {
	const {directory, env} = await home(t, {ALIBABA_CLOUD_ACCESS_KEY_ID: 'FAKEENVIRONMENT0001', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret-value'});
	await writeCliConfig(directory, {current: 'default', profiles: [akProfile('default', 'FAKECLIPROFILE0002')]});
	const resolved = await resolveCredentials({env});
	t.is(resolved.source, 'environment variables');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0001');
	t.false(JSON.stringify({...resolved, credential: undefined}).includes('env-secret-value'));
	t.is((await resolved.credential.getCredential()).accessKeyId, 'FAKEENVIRONMENT0001');
});

test.serial('an AccessKey ID in the environment without its secret is one sentence naming both variables', async t => {
	const {env} = await home(t, {ALIBABA_CLOUD_ACCESS_KEY_ID: 'FAKEENVIRONMENT0001'});
	const message = await credentialsError(t, resolveCredentials({env}));
	t.regex(message, /ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not/);
});

test.serial('the aliyun CLI current profile is found and named with its mode, and its region_id comes along', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {
		current: 'work',
		profiles: [akProfile('default', 'FAKEDEFAULTPROF0001'), akProfile('work', 'FAKEWORKPROFILE0002', {region_id: 'cn-shanghai'})],
	});
	const resolved = await resolveCredentials({env});
	t.is(resolved.source, 'aliyun CLI profile work (AK)');
	t.is(resolved.profile, 'work');
	t.is(resolved.mode, 'AK');
	t.is(resolved.regionId, 'cn-shanghai');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0002');
});

test.serial('a profile region_id that is not a region ID is not used', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {current: 'work', profiles: [akProfile('work', 'FAKEWORKPROFILE0002', {region_id: 'Hangzhou please'})]});
	t.is((await resolveCredentials({env})).regionId, undefined);
});

test.serial('--profile picks another aliyun CLI profile, and wins over the environment', async t => {
	const {directory, env} = await home(t, {ALIBABA_CLOUD_PROFILE: 'default', ALIBABA_CLOUD_ACCESS_KEY_ID: 'FAKEENVIRONMENT0001', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'x'});
	await writeCliConfig(directory, {current: 'default', profiles: [akProfile('default', 'FAKEDEFAULTPROF0001'), akProfile('staging', 'FAKESTAGINGPROF0003')]});
	const resolved = await resolveCredentials({profile: 'staging', env});
	t.is(resolved.source, 'aliyun CLI profile staging (AK)');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0003');
});

for (const name of ['ALIBABA_CLOUD_PROFILE', 'ALIBABACLOUD_PROFILE', 'ALICLOUD_PROFILE']) {
	test.serial(`${name} picks the profile over current`, async t => {
		const {directory, env} = await home(t, {[name]: 'staging'});
		await writeCliConfig(directory, {current: 'default', profiles: [akProfile('default', 'FAKEDEFAULTPROF0001'), akProfile('staging', 'FAKESTAGINGPROF0003')]});
		const resolved = await resolveCredentials({env});
		t.is(resolved.profile, 'staging');
		t.is(resolved.accessKeyIdMasked, 'FAKE…0003');
	});
}

test.serial('modes are matched as the CLI matches them, in any case', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {current: 'lower', profiles: [akProfile('lower', 'FAKELOWERCASE0004', {mode: 'ak'})]});
	const resolved = await resolveCredentials({env});
	t.is(resolved.source, 'aliyun CLI profile lower (AK)');
});

for (const [name, value] of [
	['ALIBABA_CLOUD_CLI_PROFILE_DISABLED', 'true'],
	['ALIBABA_CLOUD_IGNORE_PROFILE', 'TRUE'],
] as const) {
	test.serial(`${name}=${value} leaves ~/.aliyun/config.json unread`, async t => {
		const {directory, env} = await home(t, {[name]: value});
		await writeCliConfig(directory, {current: 'default', profiles: [akProfile('default', 'FAKEDEFAULTPROF0001')]});
		await mkdir(join(directory, '.alibabacloud'));
		await writeFile(join(directory, '.alibabacloud', 'credentials'), '[default]\ntype = access_key\naccess_key_id = FAKEINIFILE00000004\naccess_key_secret = ini-secret-value\n');
		t.is((await resolveCredentials({env})).accessKeyIdMasked, 'FAKE…0004');
		const message = await credentialsError(t, resolveCredentials({profile: 'default-x', env}));
		t.true(message.includes(`not read: ${name}=${value}`), message);
	});
}

test.serial('~/.alibabacloud/credentials is found and named', async t => {
	const {directory, env} = await home(t);
	await mkdir(join(directory, '.alibabacloud'));
	await writeFile(join(directory, '.alibabacloud', 'credentials'), '[default]\ntype = access_key\naccess_key_id = FAKEINIFILE00000004\naccess_key_secret = ini-secret-value\n');
	const resolved = await resolveCredentials({env});
	t.is(resolved.source, 'credentials file (access_key)');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0004');
});

test.serial('nothing configured: one sentence naming every way, and --sandbox', async t => {
	const {env} = await home(t);
	const error = await t.throwsAsync(resolveCredentials({env}), {instanceOf: ApiError});
	t.is(error.kind, 'credentials');
	t.false(error.retryable);
	for (const way of ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', '--profile', '~/.aliyun/config.json', '`aliyun configure`', '~/.alibabacloud/credentials', 'ECS instance with a RAM role', '--sandbox']) {
		t.true(error.message.includes(way), way);
	}
});

test.serial('an unknown --profile names the profile, the files and the profiles there are', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {current: 'default', profiles: [akProfile('default', 'FAKEDEFAULTPROF0001'), akProfile('other', 'FAKEOTHERPROFI0002')]});
	const message = await credentialsError(t, resolveCredentials({profile: 'nope', env}));
	t.regex(message, /^There is no profile "nope" in ~\/\.aliyun\/config\.json or ~\/\.alibabacloud\/credentials \(its profiles: default, other\);.*--sandbox\.$/);
});

test.serial("a current that names no profile, with nothing else configured, says so rather than 'no credentials'", async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {current: 'gone', profiles: [akProfile('default', 'FAKEDEFAULTPROF0001')]});
	t.regex(await credentialsError(t, resolveCredentials({env})), /^There is no profile "gone" in ~\/\.aliyun\/config\.json \(its profiles: default\);/);
});

test.serial('a config.json that is not JSON, or not the CLI shape, is one sentence naming the file', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, '{"current": "default", "profiles": [');
	t.regex(await credentialsError(t, resolveCredentials({env})), /^~\/\.aliyun\/config\.json is not valid JSON; fix it, or run `aliyun configure` to write it again\.$/);
	await writeCliConfig(directory, {current: 'default', profiles: {default: {}}});
	t.regex(await credentialsError(t, resolveCredentials({env})), /^~\/\.aliyun\/config\.json is not an aliyun CLI configuration: profiles should be array;/);
	await writeCliConfig(directory, {current: 'default', profiles: [{mode: 'AK'}]});
	t.regex(await credentialsError(t, resolveCredentials({env})), /profiles\[0\]\.name should be string/);
});

for (const mode of ['OAuth', 'BearerToken', 'Anonymous', 'RsaKeyPair', 'RamRoleArnWithRoleName', 'Carrier-Pigeon']) {
	test.serial(`a profile in mode ${mode} is one sentence naming the profile, the mode and the modes that work`, async t => {
		const {directory, env} = await home(t);
		await writeCliConfig(directory, {current: 'p', profiles: [{name: 'p', mode, access_key_id: 'FAKEPROFILEID0001', access_key_secret: 'secret'}]});
		const message = await credentialsError(t, resolveCredentials({env}));
		t.true(message.startsWith(`Profile "p" uses mode ${mode}, which ipsec-wizard cannot use (`), message);
		t.regex(message, /the modes that work are AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC, CloudSSO, External and CredentialsURI/);
	});
}

test.serial('a RamRoleArn profile whose STS call fails names the profile, its mode and the refused endpoint', async t => {
	const {directory, env} = await home(t);
	const port = await closedPort();
	await writeCliConfig(directory, {
		current: 'role',
		profiles: [akProfile('role', 'FAKEROLESOURCE0001', {mode: 'RamRoleArn', ram_role_arn: 'acs:ram::123456789:role/vpn-admin', ram_session_name: 's', sts_endpoint: `127.0.0.1:${port}`})],
	});
	const message = await credentialsError(t, resolveCredentials({env}));
	t.is(
		message,
		`Profile "role" (RamRoleArn, ~/.aliyun/config.json) gave no credentials: the STS endpoint 127.0.0.1:${port} refused the connection; check the profile's role, its AccessKey and the way to STS, or choose another profile with --profile.`,
	);
});

test.serial("a RamRoleArn profile's external_id reaches the AssumeRole request", async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {
		current: 'role',
		profiles: [akProfile('role', 'FAKEROLESOURCE0001', {mode: 'RamRoleArn', ram_role_arn: 'acs:ram::123456789:role/vpn-admin', external_id: 'customer-42'})],
	});
	const config = (await readCliConfig(env))!;
	const {provider} = profileSource(config, 'role', env);
	// The request the library would send to STS, caught before it leaves (nothing goes to the network).
	let form: Record<string, string> | undefined;
	(provider as unknown as {doRequest(request: {bodyForm: Record<string, string>}): Promise<unknown>}).doRequest = async request => {
		form = request.bodyForm;
		return {
			statusCode: 200,
			headers: {},
			body: Buffer.from(JSON.stringify({Credentials: {AccessKeyId: 'STS.FAKEASSUMED0001', AccessKeySecret: 's', SecurityToken: 't', Expiration: '2099-01-01T00:00:00Z'}})),
		};
	};

	t.is((await provider.getCredentials()).accessKeyId, 'STS.FAKEASSUMED0001');
	t.is(form?.['ExternalId'], 'customer-42');
	t.is(form?.['RoleArn'], 'acs:ram::123456789:role/vpn-admin');
});

test.serial('an EcsRamRole profile with the metadata service turned off says so', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {current: 'ecs', profiles: [{name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'vpn-role'}]});
	const message = await credentialsError(t, resolveCredentials({env}));
	t.regex(message, /^Profile "ecs" \(EcsRamRole, ~\/\.aliyun\/config\.json\) gave no credentials: ALIBABA_CLOUD_ECS_METADATA_DISABLED=true turns off the ECS metadata service it needs;/);
});

test.serial('a ChainableRamRoleArn profile names the link that broke', async t => {
	const {directory, env} = await home(t);
	const port = await closedPort();
	const chained = {name: 'chain', mode: 'ChainableRamRoleArn', source_profile: 'base', ram_role_arn: 'acs:ram::1:role/b', sts_endpoint: `127.0.0.1:${port}`};
	await writeCliConfig(directory, {current: 'chain', profiles: [chained]});
	t.regex(await credentialsError(t, resolveCredentials({env})), /^Profile "chain" \(ChainableRamRoleArn, ~\/\.aliyun\/config\.json\) gave no credentials: its source_profile "base" is not in ~\/\.aliyun\/config\.json;/);
	await writeCliConfig(directory, {
		current: 'chain',
		profiles: [chained, akProfile('base', 'FAKEBASEPROFIL0001', {mode: 'RamRoleArn', ram_role_arn: 'acs:ram::1:role/a', sts_endpoint: `127.0.0.1:${port}`})],
	});
	t.regex(
		await credentialsError(t, resolveCredentials({env})),
		new RegExp(`^Profile "chain" \\(ChainableRamRoleArn, ~/\\.aliyun/config\\.json\\) gave no credentials: its source profile "base" \\(RamRoleArn\\) gave none: the STS endpoint 127\\.0\\.0\\.1:${port} refused the connection;`),
	);
});

test.serial('an OIDC profile whose token file is missing names the file', async t => {
	const {directory, env} = await home(t);
	await writeCliConfig(directory, {
		current: 'oidc',
		profiles: [{name: 'oidc', mode: 'OIDC', ram_role_arn: 'acs:ram::1:role/o', oidc_provider_arn: 'acs:ram::1:oidc-provider/p', oidc_token_file: join(directory, 'no-such-token')}],
	});
	t.regex(await credentialsError(t, resolveCredentials({env})), /^Profile "oidc" \(OIDC, ~\/\.aliyun\/config\.json\) gave no credentials: its OIDC token file .*no-such-token cannot be read;/);
});

test.serial('a CredentialsURI profile takes its keys from the URI, and names the service when it is down', async t => {
	const {directory, env} = await home(t);
	const server = http.createServer((_request, response) => {
		response.setHeader('content-type', 'application/json');
		response.end(JSON.stringify({Code: 'Success', AccessKeyId: 'STS.FAKEFROMURI0001', AccessKeySecret: 's', SecurityToken: 't', Expiration: '2099-01-01T00:00:00Z'}));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(() => server.close());
	const {port} = server.address() as AddressInfo;
	await writeCliConfig(directory, {current: 'uri', profiles: [{name: 'uri', mode: 'CredentialsURI', credentials_uri: `http://127.0.0.1:${port}/credentials`}]});
	const resolved = await resolveCredentials({env});
	t.is(resolved.source, 'aliyun CLI profile uri (CredentialsURI)');
	t.is(resolved.accessKeyIdMasked, 'STS.…0001');
	const closed = await closedPort();
	await writeCliConfig(directory, {current: 'uri', profiles: [{name: 'uri', mode: 'CredentialsURI', credentials_uri: `http://127.0.0.1:${closed}/credentials`}]});
	t.regex(await credentialsError(t, resolveCredentials({env})), new RegExp(`gave no credentials: the credentials URI at 127\\.0\\.0\\.1:${closed} refused the connection;`));
});

/** An External profile whose command is a real script printing `output`. */
async function externalProfile(directory: string, script: string, mode = 0o600) {
	const command = join(directory, 'credential-helper.sh');
	await writeFile(command, `#!/bin/sh\n${script}\n`, {mode: 0o700});
	const file = await writeCliConfig(
		directory,
		{current: 'ext', profiles: [{name: 'ext', mode: 'External', process_command: `${command} --for ipsec`, region_id: 'cn-hangzhou'}], meta_path: ''},
		mode,
	);
	return file;
}

for (const mode of [0o600, 0o644]) {
	test.serial(`an External profile's command gives the keys, and config.json (mode ${mode.toString(8)}) is left byte for byte as it was`, async t => {
		const {directory, env} = await home(t);
		const file = await externalProfile(directory, `echo '{"mode":"StsToken","access_key_id":"STS.FAKEEXTERNAL0001","access_key_secret":"external-secret-value","sts_token":"token"}'`, mode);
		const before = await readFile(file);
		const resolved = await resolveCredentials({env});
		t.is(resolved.source, 'aliyun CLI profile ext (External)');
		t.is(resolved.accessKeyIdMasked, 'STS.…0001');
		t.is((await resolved.credential.getCredential()).securityToken, 'token');
		t.deepEqual(await readFile(file), before);
		t.is((await stat(file)).mode & 0o777, mode);
		t.false((await readFile(file, 'utf8')).includes('external-secret-value'));
	});
}

test.serial('an External command that fails, or prints something else, is one sentence with the reason', async t => {
	const {directory, env} = await home(t);
	const label = /^Profile "ext" \(External, ~\/\.aliyun\/config\.json\) gave no credentials: /;
	await externalProfile(directory, 'echo "vault sealed" >&2; exit 3');
	let message = await credentialsError(t, resolveCredentials({env}));
	t.regex(message, label);
	t.regex(message, /its process_command exited with code 3; run the command by hand/);
	await externalProfile(directory, 'echo "Please log in"');
	t.regex(await credentialsError(t, resolveCredentials({env})), /its process_command did not print JSON;/);
	await externalProfile(directory, `echo '{"access_key_id":"x"}'`);
	t.regex(await credentialsError(t, resolveCredentials({env})), /printed JSON without access_key_id and access_key_secret;/);
	await writeCliConfig(directory, {current: 'ext', profiles: [{name: 'ext', mode: 'External', process_command: join(directory, 'missing-helper')}]});
	message = await credentialsError(t, resolveCredentials({env}));
	t.regex(message, /its process_command .*missing-helper cannot be run \(not found\);/);
});

test('an External command that never answers is stopped at its timeout', async t => {
	const directory = await temporaryDirectory(t);
	const command = join(directory, 'hang.sh');
	await writeFile(command, '#!/bin/sh\nexec sleep 30\n', {mode: 0o700});
	const error = await t.throwsAsync(externalProvider(command, {PATH: process.env['PATH']}, 300).getCredentials());
	t.regex(error.message, /^its process_command gave no answer within 300 ms$/);
});

test('the region comes from the CLI variables in the CLI order, and a bad one is one sentence', t => {
	t.deepEqual(regionFromEnvironment({}), {});
	t.deepEqual(regionFromEnvironment({REGION: 'cn-beijing', ALICLOUD_REGION_ID: 'cn-shanghai'}), {regionId: 'cn-shanghai'});
	t.deepEqual(regionFromEnvironment({ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou', ALIBABACLOUD_REGION_ID: 'cn-shanghai', REGION_ID: 'x'}), {regionId: 'cn-hangzhou'});
	t.deepEqual(regionFromEnvironment({REGION_ID: 'eu-central-1'}), {regionId: 'eu-central-1'});
	t.regex(regionFromEnvironment({ALIBABACLOUD_REGION_ID: 'Hangzhou'}).error ?? '', /^ALIBABACLOUD_REGION_ID "Hangzhou" does not look like a region ID/);
});

test('failure reasons are words, never the library\'s signed URL or raw body', t => {
	const where = 'the ECS metadata service (100.100.100.200)';
	t.is(failureReason(Object.assign(new Error('connect ETIMEDOUT 100.100.100.200:80'), {code: 'ETIMEDOUT'}), where), `${where} did not answer in time`);
	t.is(failureReason(new Error('ReadTimeout(1000). GET http://100.100.100.200/latest/meta-data failed.'), where), `${where} did not answer in time`);
	t.is(failureReason(Object.assign(new Error('getaddrinfo ENOTFOUND sts.aliyuncs.com'), {code: 'ENOTFOUND'}), 'the STS endpoint sts.aliyuncs.com'), 'the host of the STS endpoint sts.aliyuncs.com could not be found');
	t.is(
		failureReason(new Error('refresh session token failed: {"RequestId":"6894B13B-6D71-4EF5-88FA-F32781734A7F","Message":"You are not authorized to do this action.","Code":"NoPermission"}'), 'the STS endpoint'),
		'the service answered NoPermission (You are not authorized to do this action.), RequestId 6894B13B-6D71-4EF5-88FA-F32781734A7F',
	);
	const fallback = failureReason(new Error('connect EWHATEVER POST https://sts.aliyuncs.com/?AccessKeyId=FAKEID&Signature=abc failed.'), 'the STS endpoint');
	t.notRegex(fallback, /AccessKeyId|Signature/);
});

test.serial('an OIDC profile whose STS call fails names the refused endpoint', async t => {
	const {directory, env} = await home(t);
	const port = await closedPort();
	const token = join(directory, 'token');
	await writeFile(token, 'eyJhbGciOiJub25lIn0.e30.');
	await writeCliConfig(directory, {
		current: 'oidc',
		profiles: [{name: 'oidc', mode: 'OIDC', ram_role_arn: 'acs:ram::1:role/o', oidc_provider_arn: 'acs:ram::1:oidc-provider/p', oidc_token_file: token, sts_endpoint: `127.0.0.1:${port}`}],
	});
	t.regex(await credentialsError(t, resolveCredentials({env})), new RegExp(`^Profile "oidc" \\(OIDC, ~/\\.aliyun/config\\.json\\) gave no credentials: the STS endpoint 127\\.0\\.0\\.1:${port} refused the connection;`));
});
