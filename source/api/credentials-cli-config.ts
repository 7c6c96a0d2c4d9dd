// ~/.aliyun/config.json, the aliyun CLI's profiles, read through a schema. Only the keys the
// wizard uses are declared; the CLI's others pass through untouched (the file is never written).
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {z} from 'zod';
import {ApiError} from './api-error.js';

const text = z.string().optional();

export const cliProfileSchema = z.looseObject({
	name: z.string(),
	mode: z.string().optional(),
	access_key_id: text,
	access_key_secret: text,
	sts_token: text,
	sts_region: text,
	sts_endpoint: text,
	ram_role_name: text,
	ram_role_arn: text,
	ram_session_name: text,
	external_id: text,
	source_profile: text,
	expired_seconds: z.number().optional(),
	region_id: text,
	process_command: text,
	credentials_uri: text,
	oidc_provider_arn: text,
	oidc_token_file: text,
	cloud_sso_sign_in_url: text,
	cloud_sso_account_id: text,
	cloud_sso_access_config: text,
	access_token: text,
	cloud_sso_access_token_expire: z.number().optional(),
	enable_vpc: z.boolean().optional(),
});

export const cliConfigSchema = z.looseObject({
	current: z.string().optional(),
	profiles: z.array(cliProfileSchema).optional(),
});

export type CliProfile = z.infer<typeof cliProfileSchema>;
export type CliConfig = {current?: string; profiles: CliProfile[]; path: string; shownPath: string};

const isTrue = (value: string | undefined): boolean => value?.toLowerCase() === 'true';

/**
 * Whether ~/.aliyun/config.json is read at all: `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true` (as
 * @alicloud/credentials reads it: any case) and the CLI's `ALIBABA_CLOUD_IGNORE_PROFILE=TRUE` skip it.
 */
export const cliConfigDisabledBy = (env: NodeJS.ProcessEnv): string | undefined =>
	isTrue(env['ALIBABA_CLOUD_CLI_PROFILE_DISABLED'])
		? 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true'
		: isTrue(env['ALIBABA_CLOUD_IGNORE_PROFILE'])
			? 'ALIBABA_CLOUD_IGNORE_PROFILE=TRUE'
			: undefined;

/** A path under HOME as `~/…`, the way people know it. */
export const shownPath = (file: string, env: NodeJS.ProcessEnv): string => {
	const home = env['HOME'];
	return home && file.startsWith(`${home}${path.sep}`) ? `~${file.slice(home.length)}` : file;
};

export const cliConfigPath = (env: NodeJS.ProcessEnv): string | undefined => (env['HOME'] ? path.join(env['HOME'], '.aliyun', 'config.json') : undefined);

const malformed = (file: string, what: string): ApiError =>
	new ApiError({
		kind: 'credentials',
		code: 'CliConfigMalformed',
		message: `${file} ${what}; fix it, or run \`aliyun configure\` to write it again.`,
		retryable: false,
	});

const issueText = (issue: z.core.$ZodIssue): string => {
	const where = issue.path.length === 0 ? 'the top level' : issue.path.map(part => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
	return `${where} ${issue.code === 'invalid_type' ? `should be ${issue.expected}` : 'is not valid'}`;
};

/** The parsed file, undefined when there is none; a file that cannot be used is one sentence naming it. */
export async function readCliConfig(env: NodeJS.ProcessEnv): Promise<CliConfig | undefined> {
	const file = cliConfigPath(env);
	if (file === undefined) {
		return undefined;
	}

	const shown = shownPath(file, env);
	let content: string;
	try {
		content = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw malformed(shown, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}

	let json: unknown;
	try {
		json = JSON.parse(content);
	} catch {
		throw malformed(shown, 'is not valid JSON');
	}

	const parsed = cliConfigSchema.safeParse(json);
	if (!parsed.success) {
		throw malformed(shown, `is not an aliyun CLI configuration: ${parsed.error.issues.slice(0, 2).map(issueText).join(', ')}`);
	}

	return {current: parsed.data.current || undefined, profiles: parsed.data.profiles ?? [], path: file, shownPath: shown};
}
