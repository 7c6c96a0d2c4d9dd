// Finds the user's Alibaba Cloud credentials with @alicloud/credentials' own default chain (env
// vars → OIDC → ~/.aliyun/config.json → ~/.alibabacloud/credentials → ECS RAM role), and says
// in words where they came from. The AccessKey secret never leaves the credential client.
import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join} from 'node:path';
import CredentialsModule from '@alicloud/credentials';
import type {ApiError} from './api-error.js';
import {credentialsMissingError} from './credentials-error.js';
import type {CredentialClient} from './sdk-transport.js';

export type ResolvedCredentials = {
	credential: CredentialClient;
	/** Where they came from, for people: 'environment variables', 'aliyun CLI profile "x"', … */
	source: string;
	profile?: string;
	/** e.g. `LTAI…1234`; the secret is never shown. */
	accessKeyIdMasked: string;
};

export const maskAccessKeyId = (accessKeyId: string): string =>
	accessKeyId.length >= 12
		? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`
		: accessKeyId.length >= 6
			? `${accessKeyId.slice(0, 2)}…${accessKeyId.slice(-2)}`
			: '…';

/** The `current` profile of ~/.aliyun/config.json, to name it; undefined when unreadable. */
const currentCliProfile = async (): Promise<string | undefined> => {
	try {
		const config: unknown = JSON.parse(await readFile(join(homedir(), '.aliyun', 'config.json'), 'utf8'));
		const current = (config as {current?: unknown} | null)?.current;
		return typeof current === 'string' && current !== '' ? current : undefined;
	} catch {
		return undefined;
	}
};

/** providerName is `[default/]<provider>[/<inner provider>]`, e.g. `default/cli_profile/static_ak`. */
const describeSource = async (providerName: string, profile: string | undefined): Promise<{source: string; profile?: string}> => {
	const names = providerName.split('/');
	if (names.includes('env')) {
		return {source: 'environment variables'};
	}

	if (names.includes('cli_profile')) {
		const name = profile ?? process.env['ALIBABA_CLOUD_PROFILE'] ?? (await currentCliProfile());
		return name ? {source: `aliyun CLI profile "${name}"`, profile: name} : {source: 'aliyun CLI profile'};
	}

	if (names.includes('profile')) {
		const name = profile ?? process.env['ALIBABA_CLOUD_PROFILE'];
		return name && name !== 'default'
			? {source: `credentials file (profile "${name}")`, profile: name}
			: {source: 'credentials file'};
	}

	if (names.includes('ecs_ram_role')) {
		return {source: 'ECS RAM role'};
	}

	if (names.includes('oidc_role_arn')) {
		return {source: 'OIDC role (environment variables)'};
	}

	if (names.includes('credential_uri')) {
		return {source: 'credentials URI'};
	}

	return {source: providerName || 'default credential chain'};
};

const tryResolve = async (credential: CredentialClient): Promise<{accessKeyId: string; providerName: string} | undefined> => {
	try {
		const model = await credential.getCredential();
		return model.accessKeyId ? {accessKeyId: model.accessKeyId, providerName: model.providerName ?? ''} : undefined;
	} catch {
		return undefined;
	}
};

/** A chosen profile: ~/.aliyun/config.json first, then the section of ~/.alibabacloud/credentials. */
const profileCandidates = (profile: string): CredentialClient[] => {
	const {CLIProfileCredentialsProvider, ProfileCredentialsProvider} = CredentialsModule;
	const candidates: CredentialClient[] = [];
	for (const build of [
		() => CLIProfileCredentialsProvider.builder().withProfileName(profile).build(),
		() => ProfileCredentialsProvider.builder().withProfileName(profile).build(),
	]) {
		try {
			candidates.push(new CredentialsModule.default(null, build()));
		} catch {
			// That provider is disabled (ALIBABA_CLOUD_CLI_PROFILE_DISABLED) or not configured.
		}
	}

	return candidates;
};

/**
 * Resolves once, so a missing key is reported up front rather than on the first call.
 * Rejects with ApiError kind 'credentials' naming every way to provide them.
 */
export const resolveCredentials = async (options: {profile?: string} = {}): Promise<ResolvedCredentials> => {
	const candidates = options.profile ? profileCandidates(options.profile) : [new CredentialsModule.default()];
	for (const credential of candidates) {
		const found = await tryResolve(credential);
		if (found) {
			const {source, profile} = await describeSource(found.providerName, options.profile);
			return {
				credential,
				source,
				...(profile === undefined ? {} : {profile}),
				accessKeyIdMasked: maskAccessKeyId(found.accessKeyId),
			};
		}
	}

	const error: ApiError = credentialsMissingError(options.profile);
	throw error;
};
