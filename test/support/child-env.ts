// The environment every program under test starts with: a fresh HOME and config dir, no CI
// (Ink renders nothing until exit when CI is set), no credential discovery that could reach out
// of 127.0.0.1 (ECS metadata, the aliyun CLI profile), a UTF-8 locale and an xterm.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type ChildEnvironment = Record<string, string>;

/** Makes a new empty directory under the system temp dir; the caller owns it. */
export const makeTempDir = (prefix = 'ipsec-wizard-e2e-'): string => mkdtempSync(path.join(tmpdir(), prefix));

/** Names that must never leak from the test runner into the child. */
const inheritedBlocklist = [
	'CI',
	'NO_COLOR',
	'FORCE_COLOR',
	'LC_ALL',
	'LC_CTYPE',
	'COLUMNS',
	'LINES',
	'ALIBABA_CLOUD_ACCESS_KEY_ID',
	'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
	'ALIBABA_CLOUD_SECURITY_TOKEN',
	'ALIBABA_CLOUD_PROFILE',
	'ALIBABA_CLOUD_CREDENTIALS_FILE',
];

/**
 * Builds the child's environment. `overrides` win; an override of `undefined` removes a name
 * (e.g. `{LANG: undefined}`). When no configDir is given a fresh one is made.
 */
export function childEnvironment(
	overrides: Record<string, string | undefined> = {},
	configDir: string = makeTempDir(),
): ChildEnvironment {
	const env: Record<string, string | undefined> = {
		PATH: process.env.PATH,
		TMPDIR: process.env.TMPDIR,
		HOME: configDir,
		IPSEC_WIZARD_CONFIG_DIR: configDir,
		ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
		ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
		LANG: 'en_US.UTF-8',
		TERM: 'xterm-256color',
	};
	for (const name of inheritedBlocklist) {
		delete env[name];
	}

	Object.assign(env, overrides);
	const result: ChildEnvironment = {};
	for (const [name, value] of Object.entries(env)) {
		if (value !== undefined) {
			result[name] = value;
		}
	}

	return result;
}
