// ~/.alibabacloud/credentials (or ALIBABA_CLOUD_CREDENTIALS_FILE), the SDKs' ini file: read with the
// library's own ini loader, each section through a schema, its provider built here so the file
// is found from the environment the wizard was given (the library's provider reads the process's).
import {access} from 'node:fs/promises';
import path from 'node:path';
import CredentialsModule from '@alicloud/credentials';
import {loadIni} from '@alicloud/credentials/dist/src/util/utils.js';
import {z} from 'zod';
import {ApiError} from './api-error.js';
import {shownPath} from './credentials-cli-config.js';
import {sourceFailedError} from './credentials-error.js';
import type {CredentialsProvider} from './credentials-provider.js';

const {StaticAKCredentialsProvider, RAMRoleARNCredentialsProvider, ECSRAMRoleCredentialsProvider} = CredentialsModule;

const sectionSchema = z.looseObject({
	type: z.string().optional(),
	access_key_id: z.string().optional(),
	access_key_secret: z.string().optional(),
	role_name: z.string().optional(),
	role_arn: z.string().optional(),
	role_session_name: z.string().optional(),
	policy: z.string().optional(),
});

export type CredentialsFile = {path: string; shownPath: string; sections: Record<string, unknown>};

export const credentialsFilePath = (env: NodeJS.ProcessEnv): string | undefined =>
	env['ALIBABA_CLOUD_CREDENTIALS_FILE'] || (env['HOME'] ? path.join(env['HOME'], '.alibabacloud', 'credentials') : undefined);

/** The file's sections, undefined when there is no file. */
export async function readCredentialsFile(env: NodeJS.ProcessEnv): Promise<CredentialsFile | undefined> {
	const file = credentialsFilePath(env);
	if (file === undefined) {
		return undefined;
	}

	try {
		await access(file);
	} catch {
		return undefined;
	}

	const shown = shownPath(file, env);
	try {
		return {path: file, shownPath: shown, sections: (await loadIni(file)) as Record<string, unknown>};
	} catch {
		throw new ApiError({kind: 'credentials', code: 'CredentialsFileMalformed', message: `${shown} cannot be read as an ini file; fix it or remove it.`, retryable: false});
	}
}

export type FileSource = {provider: CredentialsProvider; type: string; where: string; todo: string};

/** The provider for one section (present in the file); a section that cannot work is one sentence. */
export function fileSectionSource(file: CredentialsFile, name: string): FileSource {
	const parsed = sectionSchema.safeParse(file.sections[name]);
	const section = parsed.success ? parsed.data : {};
	const type = section.type ?? '';
	const label = `Profile "${name}" (${type || 'no type'}, ${file.shownPath})`;
	const todo = `fix that section of ${file.shownPath}, or choose another profile with --profile`;
	const need = (field: keyof typeof section): string => {
		const value = section[field];
		if (typeof value !== 'string' || value === '') {
			throw sourceFailedError(label, `it has no ${field}`, todo);
		}

		return value;
	};

	const accessKey = () => StaticAKCredentialsProvider.builder().withAccessKeyId(need('access_key_id')).withAccessKeySecret(need('access_key_secret')).build();
	switch (type) {
		case 'access_key': {
			return {provider: accessKey(), type, where: 'the profile', todo};
		}

		case 'ram_role_arn': {
			const provider = RAMRoleARNCredentialsProvider.builder()
				.withCredentialsProvider(accessKey())
				.withRoleArn(need('role_arn'))
				.withRoleSessionName(section.role_session_name || `ipsec-wizard-${Date.now()}`)
				.withPolicy(section.policy ?? '')
				.build();
			return {provider, type, where: 'the STS endpoint sts.aliyuncs.com', todo: "check the section's role and AccessKey and the way to STS, or choose another profile with --profile"};
		}

		case 'ecs_ram_role': {
			const provider = ECSRAMRoleCredentialsProvider.builder()
				.withRoleName(section.role_name ?? '')
				.build();
			return {provider, type, where: 'the ECS metadata service (100.100.100.200)', todo: 'this type works only on an ECS instance with a RAM role attached'};
		}

		default: {
			throw sourceFailedError(label, 'its type is not one of access_key, ram_role_arn and ecs_ram_role', todo);
		}
	}
}
