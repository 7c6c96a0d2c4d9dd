// Finds the user's Alibaba Cloud credentials in @alicloud/credentials' default order (environment
// keys → OIDC from the environment → a profile of ~/.aliyun/config.json → ~/.alibabacloud/credentials
// → the ECS RAM role → ALIBABA_CLOUD_CREDENTIALS_URI), choosing the profile the way the aliyun CLI
// does, and says in words where they came from. The library's providers do the signing-in; the
// chain is ours so that a source that is there but fails says why (profile, mode, reason), instead
// of the library's fall-through to "no credentials". The AccessKey secret never leaves the client.
import CredentialsModule from '@alicloud/credentials';
import {ApiError} from './api-error.js';
import {cliConfigDisabledBy, readCliConfig, type CliConfig} from './credentials-cli-config.js';
import {credentialsMissingError, failureReason, profileNotFoundError, sourceFailedError} from './credentials-error.js';
import {fileSectionSource, readCredentialsFile} from './credentials-file.js';
import {profileSource} from './credentials-profile.js';
import type {CredentialsProvider, ProvidedCredentials} from './credentials-provider.js';
import {isRegionId} from './credentials-region.js';
import type {CredentialClient} from './sdk-transport.js';

const {StaticAKCredentialsProvider, StaticSTSCredentialsProvider, OIDCRoleArnCredentialsProvider, ECSRAMRoleCredentialsProvider, URICredentialsProvider} = CredentialsModule;

export type ResolvedCredentials = {
	credential: CredentialClient;
	/** Where they came from, for people: 'environment variables', 'aliyun CLI profile work (AK)', … */
	source: string;
	profile?: string;
	mode?: string;
	/** The profile's region_id, when it has a valid one. */
	regionId?: string;
	/** e.g. `LTAI…1234`; the secret is never shown. */
	accessKeyIdMasked: string;
};

export const maskAccessKeyId = (accessKeyId: string): string =>
	accessKeyId.length >= 12
		? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`
		: accessKeyId.length >= 6
			? `${accessKeyId.slice(0, 2)}…${accessKeyId.slice(-2)}`
			: '…';

export const profileVariables = ['ALIBABA_CLOUD_PROFILE', 'ALIBABACLOUD_PROFILE', 'ALICLOUD_PROFILE'] as const;

/** The profile the aliyun CLI would use: --profile, then its variables (`current` is the file's). */
export const requestedProfile = (flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined =>
	flag || profileVariables.map(name => env[name]?.trim()).find(Boolean);

const variable = (env: NodeJS.ProcessEnv, suffix: string): {name: string; value: string} | undefined => {
	for (const prefix of ['ALIBABA_CLOUD_', 'ALIBABACLOUD_', 'ALICLOUD_']) {
		const value = env[`${prefix}${suffix}`];
		if (value) {
			return {name: `${prefix}${suffix}`, value};
		}
	}

	return undefined;
};

type Found = {provider: CredentialsProvider; credentials: ProvidedCredentials; source: string; profile?: string; mode?: string; regionId?: string};
type Source = {provider: CredentialsProvider; source: string; label: string; where: string; todo: string; profile?: string; mode?: string; regionId?: string};

/** Asks a source once, so a failure is reported up front (as one sentence) rather than on the first call. */
async function ask(source: Source): Promise<Found> {
	let credentials: ProvidedCredentials;
	try {
		credentials = await source.provider.getCredentials();
	} catch (error) {
		throw sourceFailedError(source.label, failureReason(error, source.where), source.todo, error);
	}

	if (!credentials?.accessKeyId) {
		throw sourceFailedError(source.label, 'it gave no AccessKey ID', source.todo);
	}

	return {...source, credentials};
}

/** Builds with a library builder; its throw (e.g. IMDS disabled) becomes the sentence for `label`. */
function built<T>(label: string, where: string, todo: string, build: () => T): T {
	try {
		return build();
	} catch (error) {
		if (error instanceof ApiError) {
			throw error;
		}

		throw sourceFailedError(label, failureReason(error, where), todo, error);
	}
}

const settingsTodo = 'check it with `aliyun configure list`, or choose another profile with --profile';

function fromEnvironmentKeys(env: NodeJS.ProcessEnv): Source | undefined {
	const id = variable(env, 'ACCESS_KEY_ID');
	const secret = variable(env, 'ACCESS_KEY_SECRET');
	if (!id && !secret) {
		return undefined;
	}

	if (!id || !secret) {
		throw new ApiError({
			kind: 'credentials',
			code: 'CredentialsIncomplete',
			message: `${id ? id.name : secret!.name} is set but ${id ? 'ALIBABA_CLOUD_ACCESS_KEY_SECRET' : 'ALIBABA_CLOUD_ACCESS_KEY_ID'} is not; set both, or unset it to use a profile.`,
			retryable: false,
		});
	}

	const token = variable(env, 'SECURITY_TOKEN');
	const provider = token
		? StaticSTSCredentialsProvider.builder().withAccessKeyId(id.value).withAccessKeySecret(secret.value).withSecurityToken(token.value).build()
		: StaticAKCredentialsProvider.builder().withAccessKeyId(id.value).withAccessKeySecret(secret.value).build();
	return {provider, source: 'environment variables', label: 'The environment variables', where: 'the environment', todo: 'check them'};
}

function fromEnvironmentOidc(env: NodeJS.ProcessEnv): Source | undefined {
	const [roleArn, providerArn, tokenFile] = ['ALIBABA_CLOUD_ROLE_ARN', 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'ALIBABA_CLOUD_OIDC_TOKEN_FILE'].map(name => env[name]);
	if (!roleArn || !providerArn || !tokenFile) {
		return undefined;
	}

	const label = 'The OIDC role of ALIBABA_CLOUD_ROLE_ARN';
	const where = 'the STS endpoint';
	const todo = 'check ALIBABA_CLOUD_OIDC_TOKEN_FILE and the role, or unset ALIBABA_CLOUD_ROLE_ARN to use another source';
	const provider = built(label, where, todo, () =>
		OIDCRoleArnCredentialsProvider.builder().withRoleArn(roleArn).withOIDCProviderArn(providerArn).withOIDCTokenFilePath(tokenFile).build(),
	);
	return {provider, source: 'OIDC role (environment variables)', label, where, todo};
}

function fromCliProfile(config: CliConfig, name: string, env: NodeJS.ProcessEnv): Source {
	const {provider, mode, where, todo} = built(`Profile "${name}" (${config.shownPath})`, 'its settings', settingsTodo, () => profileSource(config, name, env));
	const regionId = config.profiles.find(profile => profile.name === name)?.region_id;
	return {
		provider,
		mode,
		where,
		todo,
		profile: name,
		source: `aliyun CLI profile ${name} (${mode})`,
		label: `Profile "${name}" (${mode}, ${config.shownPath})`,
		...(regionId && isRegionId(regionId) ? {regionId} : {}),
	};
}

/** The sources in order, each built only when the ones before it are absent. */
async function findSource(flagProfile: string | undefined, env: NodeJS.ProcessEnv): Promise<Source | undefined> {
	// An explicit --profile is that profile or nothing: acting as someone else unasked is worse.
	if (!flagProfile) {
		const fromEnvironment = fromEnvironmentKeys(env) ?? fromEnvironmentOidc(env);
		if (fromEnvironment) {
			return fromEnvironment;
		}
	}

	const named = requestedProfile(flagProfile, env);
	const disabledBy = cliConfigDisabledBy(env);
	const config = disabledBy ? undefined : await readCliConfig(env);
	const cliName = named ?? config?.current;
	if (config && cliName && config.profiles.some(profile => profile.name === cliName)) {
		return fromCliProfile(config, cliName, env);
	}

	const file = await readCredentialsFile(env);
	const section = named ?? 'default';
	if (file && file.sections[section] !== undefined) {
		const {provider, type, where, todo} = built(`Profile "${section}" (${file.shownPath})`, 'its settings', settingsTodo, () => fileSectionSource(file, section));
		const inFile = section === 'default' ? 'credentials file' : `credentials file profile ${section}`;
		return {provider, source: `${inFile} (${type})`, label: `Profile "${section}" (${type}, ${file.shownPath})`, where, todo, profile: section === 'default' ? undefined : section};
	}

	if (named) {
		const places = [config ? config.shownPath : disabledBy ? `~/.aliyun/config.json (not read: ${disabledBy})` : '~/.aliyun/config.json', file?.shownPath ?? '~/.alibabacloud/credentials'];
		throw profileNotFoundError(named, places, config?.profiles.map(profile => profile.name) ?? []);
	}

	if (env['ALIBABA_CLOUD_ECS_METADATA_DISABLED']?.toLowerCase() !== 'true') {
		const role = env['ALIBABA_CLOUD_ECS_METADATA'];
		const label = `The ECS RAM role${role ? ` ${role}` : ''}`;
		const where = 'the ECS metadata service (100.100.100.200)';
		const provider = built(label, where, 'check the role attached to this instance', () => ECSRAMRoleCredentialsProvider.builder().withRoleName(role ?? '').build());
		const source: Source = {provider, source: `ECS RAM role${role ? ` ${role}` : ''}`, label, where, todo: 'check the role attached to this instance'};
		try {
			await ask(source);
			return source;
		} catch (error) {
			// Off ECS there is no metadata service: that is "not configured", unless a role was named.
			if (role) {
				throw error;
			}
		}
	}

	const uri = env['ALIBABA_CLOUD_CREDENTIALS_URI'];
	if (uri) {
		const label = 'The credentials URI of ALIBABA_CLOUD_CREDENTIALS_URI';
		let host = uri;
		try {
			host = new URL(uri).host;
		} catch {}

		const where = `the credentials URI at ${host}`;
		const todo = 'check that the credentials service is running, or unset ALIBABA_CLOUD_CREDENTIALS_URI';
		return {provider: built(label, where, todo, () => URICredentialsProvider.builder().withCredentialsURI(uri).build()), source: 'credentials URI', label, where, todo};
	}

	// Nothing else either: a `current` that names no profile is the one thing to fix.
	if (config?.current) {
		throw profileNotFoundError(config.current, [config.shownPath], config.profiles.map(profile => profile.name));
	}

	return undefined;
}

/**
 * Resolves once, up front. Rejects with ApiError kind 'credentials': the source that failed and why,
 * or, when there is none, every way to provide one.
 */
export async function resolveCredentials(options: {profile?: string; env?: NodeJS.ProcessEnv} = {}): Promise<ResolvedCredentials> {
	const env = options.env ?? process.env;
	const source = await findSource(options.profile, env);
	if (!source) {
		throw credentialsMissingError();
	}

	const {provider, credentials, source: description, profile, mode, regionId} = await ask(source);
	return {
		credential: new CredentialsModule.default(null, provider as never),
		source: description,
		...(profile === undefined ? {} : {profile}),
		...(mode === undefined ? {} : {mode}),
		...(regionId === undefined ? {} : {regionId}),
		accessKeyIdMasked: maskAccessKeyId(credentials.accessKeyId),
	};
}
