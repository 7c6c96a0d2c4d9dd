// Every test runs with HOME in a fresh temp directory and the credential env vars cleared, so
// the real ~/.aliyun and ~/.alibabacloud of whoever runs the tests are never read. Serial,
// because the SDK's chain reads process.env itself.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {maskAccessKeyId, resolveCredentials} from '../../source/api/credentials.js';

const credentialVariables = [
	'ALIBABA_CLOUD_ACCESS_KEY_ID',
	'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
	'ALIBABA_CLOUD_SECURITY_TOKEN',
	'ALIBABA_CLOUD_PROFILE',
	'ALIBABA_CLOUD_CREDENTIALS_FILE',
	'ALIBABA_CLOUD_ROLE_ARN',
	'ALIBABA_CLOUD_CREDENTIALS_URI',
	'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
];
const original = {...process.env};

test.beforeEach(async t => {
	for (const name of credentialVariables) {
		delete process.env[name];
	}

	process.env['ALIBABA_CLOUD_ECS_METADATA_DISABLED'] = 'true';
	const home = await mkdtemp(join(tmpdir(), 'ipsec-wizard-credentials-'));
	process.env['HOME'] = home;
	t.context = home;
});

test.afterEach.always(async t => {
	await rm(t.context as string, {recursive: true, force: true});
	for (const name of [...credentialVariables, 'HOME']) {
		if (original[name] === undefined) {
			delete process.env[name];
		} else {
			process.env[name] = original[name];
		}
	}
});

const writeCliConfig = async (home: string, config: unknown) => {
	await mkdir(join(home, '.aliyun'));
	await writeFile(join(home, '.aliyun', 'config.json'), JSON.stringify(config));
};

const cliProfile = (name: string, id: string) => ({
	name,
	mode: 'AK',
	access_key_id: id,
	access_key_secret: `${name}-secret-value`,
	region_id: 'cn-hangzhou',
});

test('the AccessKey ID is masked as first four … last four', t => {
	t.is(maskAccessKeyId('SANDBOXRW0000000000000001'), 'SAND…0001');
	t.is(maskAccessKeyId('FAKE5tAbCdEf1234'), 'FAKE…1234');
	t.is(maskAccessKeyId('SHORT1'), 'SH…T1');
	t.is(maskAccessKeyId('abc'), '…');
});

test.serial('environment variables are found first and named as such', async t => {
	process.env['ALIBABA_CLOUD_ACCESS_KEY_ID'] = 'FAKEENVIRONMENT0001';
	process.env['ALIBABA_CLOUD_ACCESS_KEY_SECRET'] = 'env-secret-value';
	await writeCliConfig(t.context as string, {current: 'default', profiles: [cliProfile('default', 'FAKECLIPROFILE0002')]});
	const resolved = await resolveCredentials();
	t.is(resolved.source, 'environment variables');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0001');
	t.false(JSON.stringify({...resolved, credential: undefined}).includes('env-secret-value'));
	t.is((await resolved.credential.getCredential()).accessKeyId, 'FAKEENVIRONMENT0001');
});

test.serial('the aliyun CLI current profile is found and named', async t => {
	await writeCliConfig(t.context as string, {
		current: 'work',
		profiles: [cliProfile('default', 'FAKEDEFAULTPROF0001'), cliProfile('work', 'FAKEWORKPROFILE0002')],
	});
	const resolved = await resolveCredentials();
	t.is(resolved.source, 'aliyun CLI profile "work"');
	t.is(resolved.profile, 'work');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0002');
});

test.serial('--profile picks another aliyun CLI profile', async t => {
	await writeCliConfig(t.context as string, {
		current: 'default',
		profiles: [cliProfile('default', 'FAKEDEFAULTPROF0001'), cliProfile('staging', 'FAKESTAGINGPROF0003')],
	});
	const resolved = await resolveCredentials({profile: 'staging'});
	t.is(resolved.source, 'aliyun CLI profile "staging"');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0003');
});

test.serial('~/.alibabacloud/credentials is found and named', async t => {
	const home = t.context as string;
	await mkdir(join(home, '.alibabacloud'));
	await writeFile(
		join(home, '.alibabacloud', 'credentials'),
		'[default]\ntype = access_key\naccess_key_id = FAKEINIFILE00000004\naccess_key_secret = ini-secret-value\n',
	);
	const resolved = await resolveCredentials();
	t.is(resolved.source, 'credentials file');
	t.is(resolved.accessKeyIdMasked, 'FAKE…0004');
});

test.serial('nothing configured: one sentence naming every way, and --sandbox', async t => {
	const error = await t.throwsAsync(resolveCredentials(), {instanceOf: ApiError});
	t.is(error.kind, 'credentials');
	t.false(error.retryable);
	for (const way of ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', '`aliyun configure`', '~/.alibabacloud/credentials', '--sandbox']) {
		t.true(error.message.includes(way), way);
	}
});

test.serial('an unknown --profile names the profile', async t => {
	await writeCliConfig(t.context as string, {current: 'default', profiles: [cliProfile('default', 'FAKEDEFAULTPROF0001')]});
	const error = await t.throwsAsync(resolveCredentials({profile: 'nope'}), {instanceOf: ApiError});
	t.is(error.kind, 'credentials');
	t.regex(error.message, /profile "nope".*--sandbox/);
});
