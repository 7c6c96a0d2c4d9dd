// One profile of ~/.aliyun/config.json → a credentials provider, configured here from the parsed
// profile rather than by @alicloud/credentials' CLI-profile provider, which reads only
// ALIBABA_CLOUD_PROFILE, matches modes case-sensitively, drops a RamRoleArn profile's external_id,
// throws on several modes, and writes refreshed secrets back into the file (External, OAuth).
import {access} from 'node:fs/promises';
import CredentialsModule from '@alicloud/credentials';
import CloudSsoModule from '@alicloud/credentials/dist/src/providers/cloud_sso.js';
import type {CliConfig, CliProfile} from './credentials-cli-config.js';
import {CredentialsReason, failureReason, sourceFailedError, unusableModeError, usableModes} from './credentials-error.js';
import {externalProvider} from './credentials-external.js';
import type {CredentialsProvider} from './credentials-provider.js';

const {StaticAKCredentialsProvider, StaticSTSCredentialsProvider, RAMRoleARNCredentialsProvider, ECSRAMRoleCredentialsProvider, OIDCRoleArnCredentialsProvider, URICredentialsProvider} =
	CredentialsModule;

/** Modes the CLI knows that the wizard will not use, and why (the sentence's middle). */
const refusedModes: Record<string, string> = {
	// The library's OAuth provider rotates the refresh token; not saving the new one would break the
	// CLI's own sign-in, and saving it would store secrets, which the wizard never does.
	OAuth: 'signing in with it rotates tokens that would have to be written back into ~/.aliyun/config.json, and ipsec-wizard never stores a secret',
	BearerToken: 'a bearer token cannot sign VPC API calls',
	Anonymous: 'the VPC API does not take unsigned calls',
	RsaKeyPair: 'the aliyun CLI has retired it',
	RamRoleArnWithRoleName: 'the aliyun CLI has retired it',
};

const knownModes = new Map([...usableModes, ...Object.keys(refusedModes)].map(mode => [mode.toLowerCase(), mode]));

/** The CLI matches modes case-insensitively; a profile without one is an AccessKey profile. */
export const canonicalMode = (mode: string | undefined): string => (mode === undefined || mode === '' ? 'AK' : (knownModes.get(mode.toLowerCase()) ?? mode));

export type ProfileSource = {
	provider: CredentialsProvider;
	mode: string;
	/** For failureReason: what was being asked, e.g. `the STS endpoint sts.aliyuncs.com`. */
	where: string;
	/** What to do when it fails, the sentence's end. */
	todo: string;
};

const stsHost = (profile: CliProfile): string =>
	profile.sts_endpoint || (profile.sts_region ? `sts${profile.enable_vpc ? '-vpc' : ''}.${profile.sts_region}.aliyuncs.com` : 'sts.aliyuncs.com');

/** A source profile's failure named as such, so the sentence says which link of a chain broke. */
const namedInner = (provider: CredentialsProvider, name: string, mode: string, where: string): CredentialsProvider => ({
	getProviderName: () => provider.getProviderName(),
	async getCredentials() {
		try {
			return await provider.getCredentials();
		} catch (error) {
			throw new CredentialsReason(`its source profile "${name}" (${mode}) gave none: ${failureReason(error, where)}`);
		}
	},
});

/** Builds the provider for profile `name`; a profile that cannot work is one sentence (ApiError). */
export function profileSource(config: CliConfig, name: string, env: NodeJS.ProcessEnv, seen: string[] = []): ProfileSource {
	const profile = config.profiles.find(candidate => candidate.name === name)!;
	const mode = canonicalMode(profile.mode);
	const label = `Profile "${name}" (${mode}, ${config.shownPath})`;
	const configure = `run \`aliyun configure --profile ${name} --mode ${mode}\``;
	const missing = (field: string): never => {
		throw sourceFailedError(label, `it has no ${field}`, configure);
	};

	if (refusedModes[mode] !== undefined || !(usableModes as readonly string[]).includes(mode)) {
		throw unusableModeError(name, profile.mode ?? '', refusedModes[mode] ?? 'the aliyun CLI has no such mode');
	}

	const accessKey = (): CredentialsProvider =>
		StaticAKCredentialsProvider.builder()
			.withAccessKeyId(profile.access_key_id || missing('access_key_id'))
			.withAccessKeySecret(profile.access_key_secret || missing('access_key_secret'))
			.build();
	const assumeRole = (previous: CredentialsProvider): CredentialsProvider => {
		if ((profile.expired_seconds ?? 0) !== 0 && profile.expired_seconds! < 900) {
			throw sourceFailedError(label, `its expired_seconds ${profile.expired_seconds!} is under STS's minimum of 900`, configure);
		}

		return RAMRoleARNCredentialsProvider.builder()
			.withCredentialsProvider(previous as never)
			.withRoleArn(profile.ram_role_arn || missing('ram_role_arn'))
			.withRoleSessionName(profile.ram_session_name || `ipsec-wizard-${Date.now()}`)
			.withDurationSeconds(profile.expired_seconds || 3600)
			.withStsEndpoint(stsHost(profile))
			// The reason this is built here: the library's CLI-profile provider never passes it on.
			.withExternalId(profile.external_id ?? '')
			.build();
	};

	const sts = {where: `the STS endpoint ${stsHost(profile)}`, todo: `check the profile's role, its AccessKey and the way to STS, or choose another profile with --profile`};
	switch (mode) {
		case 'AK': {
			return {provider: accessKey(), mode, where: 'the profile', todo: configure};
		}

		case 'StsToken': {
			const provider = StaticSTSCredentialsProvider.builder()
				.withAccessKeyId(profile.access_key_id || missing('access_key_id'))
				.withAccessKeySecret(profile.access_key_secret || missing('access_key_secret'))
				.withSecurityToken(profile.sts_token || missing('sts_token'))
				.build();
			return {provider, mode, where: 'the profile', todo: configure};
		}

		case 'RamRoleArn': {
			return {provider: assumeRole(accessKey()), mode, ...sts};
		}

		case 'ChainableRamRoleArn': {
			const sourceName = profile.source_profile || missing('source_profile');
			if (seen.includes(sourceName) || sourceName === name) {
				throw sourceFailedError(label, `its source_profile chain loops back to "${sourceName}"`, configure);
			}

			if (!config.profiles.some(candidate => candidate.name === sourceName)) {
				throw sourceFailedError(label, `its source_profile "${sourceName}" is not in ${config.shownPath}`, configure);
			}

			const inner = profileSource(config, sourceName, env, [...seen, name]);
			return {provider: assumeRole(namedInner(inner.provider, sourceName, inner.mode, inner.where)), mode, ...sts};
		}

		case 'EcsRamRole': {
			if (env['ALIBABA_CLOUD_ECS_METADATA_DISABLED']?.toLowerCase() === 'true') {
				throw sourceFailedError(label, 'ALIBABA_CLOUD_ECS_METADATA_DISABLED=true turns off the ECS metadata service it needs', 'unset it on an ECS instance, or choose another profile with --profile');
			}

			const provider = ECSRAMRoleCredentialsProvider.builder()
				.withRoleName(profile.ram_role_name ?? '')
				.build();
			return {
				provider,
				mode,
				where: 'the ECS metadata service (100.100.100.200)',
				todo: 'this mode works only on an ECS instance with a RAM role attached; elsewhere choose another profile with --profile',
			};
		}

		case 'OIDC': {
			const tokenFile = profile.oidc_token_file || missing('oidc_token_file');
			const oidc = OIDCRoleArnCredentialsProvider.builder()
				.withOIDCTokenFilePath(tokenFile)
				.withOIDCProviderArn(profile.oidc_provider_arn || missing('oidc_provider_arn'))
				.withRoleArn(profile.ram_role_arn || missing('ram_role_arn'))
				.withRoleSessionName(profile.ram_session_name || `ipsec-wizard-${Date.now()}`)
				.withDurationSeconds(profile.expired_seconds || 3600)
				.withStsEndpoint(stsHost(profile))
				.build();
			const provider: CredentialsProvider = {
				getProviderName: () => oidc.getProviderName(),
				async getCredentials() {
					try {
						await access(tokenFile);
					} catch {
						throw new CredentialsReason(`its OIDC token file ${tokenFile} cannot be read`);
					}

					return oidc.getCredentials();
				},
			};
			return {provider, mode, ...sts};
		}

		case 'CloudSSO': {
			let provider: CredentialsProvider;
			try {
				provider = CloudSsoModule.default
					.builder()
					.withSignInUrl(profile.cloud_sso_sign_in_url!)
					.withAccountId(profile.cloud_sso_account_id!)
					.withAccessConfig(profile.cloud_sso_access_config!)
					.withAccessToken(profile.access_token!)
					.withAccessTokenExpire(profile.cloud_sso_access_token_expire!)
					.build();
			} catch {
				throw sourceFailedError(label, 'its CloudSSO sign-in is missing or has expired', `sign in again with \`aliyun configure --profile ${name} --mode CloudSSO\``);
			}

			return {provider, mode, where: 'the CloudSSO sign-in service', todo: `sign in again with \`aliyun configure --profile ${name} --mode CloudSSO\``};
		}

		case 'External': {
			return {
				provider: externalProvider(profile.process_command || missing('process_command'), env),
				mode,
				where: 'its process_command',
				todo: 'run the command by hand to see what it says, or choose another profile with --profile',
			};
		}

		default: {
			// CredentialsURI (the library's CLI-profile provider throws on it; its URI provider does the work).
			const uri = profile.credentials_uri || missing('credentials_uri');
			let host: string;
			try {
				host = new URL(uri).host;
			} catch {
				throw sourceFailedError(label, `its credentials_uri is not a URL`, configure);
			}

			const provider = URICredentialsProvider.builder().withCredentialsURI(uri).build();
			return {provider, mode, where: `the credentials URI at ${host}`, todo: 'check that the credentials service is running, or choose another profile with --profile'};
		}
	}
}
