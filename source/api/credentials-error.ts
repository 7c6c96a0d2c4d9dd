// Credential failures as one sentence each: which source (a profile and its mode, a file, the
// environment), the real reason, and what to do. Never the library's own wording, never a secret.
import {z} from 'zod';
import {ApiError} from './api-error.js';

/** A reason already in words (our own checks, the External command), repeated as it is. */
export class CredentialsReason extends Error {}

const credentialsError = (code: string, message: string, cause?: unknown): ApiError =>
	new ApiError({kind: 'credentials', code, message, retryable: false, cause});

export const usableModes = ['AK', 'StsToken', 'RamRoleArn', 'EcsRamRole', 'ChainableRamRoleArn', 'OIDC', 'CloudSSO', 'External', 'CredentialsURI'] as const;

const usableModesText = `${usableModes.slice(0, -1).join(', ')} and ${usableModes.at(-1)!}`;

export const credentialsMissingError = (): ApiError =>
	credentialsError(
		'CredentialsNotFound',
		'No Alibaba Cloud credentials were found; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, choose a profile of ~/.aliyun/config.json with --profile or ALIBABA_CLOUD_PROFILE (`aliyun configure` writes one), write ~/.alibabacloud/credentials, or run on an ECS instance with a RAM role — or try the wizard without an account with --sandbox.',
	);

export const profileNotFoundError = (profile: string, places: string[], known: string[]): ApiError =>
	credentialsError(
		'ProfileNotFound',
		`There is no profile "${profile}" in ${places.join(' or ')}${known.length > 0 ? ` (its profiles: ${known.join(', ')})` : ''}; run \`aliyun configure --profile ${profile}\`, pick another --profile, or try --sandbox.`,
	);

export const unusableModeError = (profile: string, mode: string, why: string): ApiError =>
	credentialsError(
		'ProfileModeUnsupported',
		`Profile "${profile}" uses mode ${mode || '(none)'}, which ipsec-wizard cannot use (${why}); the modes that work are ${usableModesText}, e.g. \`aliyun configure --profile ${profile} --mode AK\`.`,
	);

/** A profile (or another named source) that is there but gave no credentials. */
export const sourceFailedError = (what: string, reason: string, todo: string, cause?: unknown): ApiError =>
	credentialsError('CredentialsFailed', `${what} gave no credentials: ${reason}; ${todo}.`, cause);

const serviceBody = z.looseObject({Code: z.string(), Message: z.string().optional(), RequestId: z.string().optional()});

/** The JSON error body the library puts at the end of its message (STS, OIDC), if any. */
function serviceAnswer(message: string): string | undefined {
	const start = message.indexOf('{');
	if (start === -1) {
		return undefined;
	}

	try {
		const body = serviceBody.safeParse(JSON.parse(message.slice(start)));
		if (body.success) {
			const {Code, Message, RequestId} = body.data;
			return `the service answered ${Code}${Message ? ` (${Message.replace(/\s+/g, ' ').slice(0, 160)})` : ''}${RequestId ? `, RequestId ${RequestId}` : ''}`;
		}
	} catch {}

	return undefined;
}

/**
 * The real reason a provider failed, in words, for `where` (e.g. `the STS endpoint sts.aliyuncs.com`).
 * Library messages carry signed URLs and bodies, so only what is recognised is repeated.
 */
export function failureReason(error: unknown, where: string): string {
	if (error instanceof CredentialsReason) {
		return error.message;
	}

	const {code, message = ''} = (error ?? {}) as {code?: string; message?: string};
	const network: Record<string, string> = {
		ECONNREFUSED: `${where} refused the connection`,
		ECONNRESET: `${where} reset the connection`,
		ETIMEDOUT: `${where} did not answer in time`,
		ESOCKETTIMEDOUT: `${where} did not answer in time`,
		ENOTFOUND: `the host of ${where} could not be found`,
		EAI_AGAIN: `the host of ${where} could not be found`,
		EHOSTUNREACH: `${where} cannot be reached`,
		ENETUNREACH: `${where} cannot be reached`,
	};
	const known = code === undefined ? undefined : network[code];
	if (known) {
		return known;
	}

	if (/timeout|timed out/i.test(message)) {
		return `${where} did not answer in time`;
	}

	if (/IMDS credentials is disabled/.test(message)) {
		return 'ALIBABA_CLOUD_ECS_METADATA_DISABLED=true turns off the ECS metadata service it needs';
	}

	if (/the access key secret is invalid/i.test(message)) {
		return 'the AccessKey secret is wrong';
	}

	return serviceAnswer(message) ?? `${where} failed (${message.replace(/https?:\/\/\S+/g, '…').replace(/\s+/g, ' ').slice(0, 120) || 'no reason given'})`;
}
