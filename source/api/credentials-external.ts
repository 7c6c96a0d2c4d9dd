// An aliyun CLI profile in External mode: its process_command prints the credentials as JSON.
// Run here rather than by @alicloud/credentials: the library writes what the command printed (the
// AccessKey secret included) back into ~/.aliyun/config.json after every run, and offers no way to
// stop it when it reads the profile itself. Here the command runs with a timeout, without a shell,
// its output goes through a schema, and nothing is ever written.
import {execFile} from 'node:child_process';
import {splitProcessCommand} from '@alicloud/credentials/dist/src/utils/command.js';
import {z} from 'zod';
import {CredentialsReason} from './credentials-error.js';
import type {CredentialsProvider, ProvidedCredentials} from './credentials-provider.js';

/** Long enough for a helper that asks a vault or an SSO cache; a hung one must not hang the wizard. */
export const externalTimeoutMs = 30_000;
/** Refresh this long before the expiry the command reported, as the library does. */
const refreshBeforeExpiryMs = 180_000;

const outputSchema = z.looseObject({
	mode: z.enum(['AK', 'StsToken']).optional(),
	access_key_id: z.string().min(1),
	access_key_secret: z.string().min(1),
	sts_token: z.string().min(1).optional(),
	expiration: z.union([z.string(), z.number()]).optional(),
});


function run(argv: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(argv[0]!, argv.slice(1), {timeout: timeoutMs, maxBuffer: 1024 * 1024, env, encoding: 'utf8'}, (error, stdout) => {
			if (!error) {
				resolve(stdout);
				return;
			}

			const {code, killed, signal} = error as NodeJS.ErrnoException & {killed?: boolean; signal?: string};
			if (code === 'ENOENT' || code === 'EACCES') {
				reject(new CredentialsReason(`its process_command ${argv[0]!} cannot be run (${code === 'ENOENT' ? 'not found' : 'not executable'})`));
			} else if (killed || signal) {
				reject(new CredentialsReason(`its process_command gave no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`));
			} else {
				reject(new CredentialsReason(`its process_command exited with code ${String(code)}`));
			}
		});
	});
}

const expiryOf = (expiration: string | number | undefined): number | undefined => {
	if (expiration === undefined) {
		return undefined;
	}

	const ms = typeof expiration === 'number' ? expiration * 1000 : Date.parse(expiration);
	return Number.isFinite(ms) && ms > 0 ? ms : undefined;
};

export function externalProvider(processCommand: string | undefined, env: NodeJS.ProcessEnv, timeoutMs = externalTimeoutMs): CredentialsProvider {
	let cached: {credentials: ProvidedCredentials; expiresAt?: number} | undefined;
	return {
		getProviderName: () => 'external',
		async getCredentials() {
			if (cached && (cached.expiresAt === undefined || cached.expiresAt - Date.now() > refreshBeforeExpiryMs)) {
				return cached.credentials;
			}

			let argv: string[];
			try {
				argv = splitProcessCommand(processCommand ?? '');
			} catch {
				throw new CredentialsReason(processCommand?.trim() ? 'its process_command cannot be split into a program and arguments' : 'it has no process_command');
			}

			const stdout = await run(argv, timeoutMs, env);
			let json: unknown;
			try {
				json = JSON.parse(stdout);
			} catch {
				throw new CredentialsReason('its process_command did not print JSON');
			}

			const output = outputSchema.safeParse(json);
			if (!output.success) {
				throw new CredentialsReason('its process_command printed JSON without access_key_id and access_key_secret');
			}

			if (output.data.mode === 'StsToken' && !output.data.sts_token) {
				throw new CredentialsReason('its process_command printed StsToken credentials without sts_token');
			}

			const credentials: ProvidedCredentials = {
				accessKeyId: output.data.access_key_id,
				accessKeySecret: output.data.access_key_secret,
				securityToken: output.data.sts_token,
				providerName: 'external',
			};
			cached = {credentials, expiresAt: expiryOf(output.data.expiration)};
			return credentials;
		},
	};
}
