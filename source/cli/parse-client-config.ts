// `ipsec-wizard client-config --region R --server ID [--format swanctl|mobileconfig|card|all]
// [--include-psk] [--out DIR]` with --sandbox, --endpoint, --profile like the other commands. Pure;
// its own options, so the other commands' parsing is untouched (parse-arguments.ts hands over).
import {parseArgs} from 'node:util';
import {parseEndpoint} from '../api/endpoint.js';
import {profileFormats, type ProfileFormat} from '../domain/client-profiles/profile-input.js';

export const clientConfigCommandName = 'client-config';

export type ClientConfigCommand = {
	kind: 'client-config';
	region: string;
	server: string;
	formats: ProfileFormat[];
	includePsk: boolean;
	out?: string;
	sandbox: boolean;
	profile?: string;
	endpoint?: string;
};

type ClientConfigParse = ClientConfigCommand | {kind: 'usage-error'; message: string} | {kind: 'client-config-help'};

export const clientConfigUsage = [
	'Usage: ipsec-wizard client-config --region R --server ID [--format swanctl|mobileconfig|card|all]',
	'                                  [--include-psk] [--out DIR] [--sandbox | --endpoint URL] [--profile NAME]',
	'Writes client profiles for an IPsec server: strongSwan swanctl.conf, an Apple .mobileconfig and a',
	'settings card. Without --out the chosen format goes to standard output, with a placeholder for the',
	'key; --include-psk puts the real key in the files and needs --out (files 0600, folder 0700).',
].join('\n');

const options = {
	region: {type: 'string'},
	server: {type: 'string'},
	format: {type: 'string'},
	'include-psk': {type: 'boolean'},
	out: {type: 'string'},
	sandbox: {type: 'boolean'},
	endpoint: {type: 'string'},
	profile: {type: 'string'},
	'no-color': {type: 'boolean'},
	help: {type: 'boolean'},
} as const;

const usageError = (message: string): ClientConfigParse => ({kind: 'usage-error', message});
const seeUsage = 'see ipsec-wizard client-config --help';

/** The command, a usage error, or undefined when argv is not a client-config command at all. */
export function parseClientConfigArguments(argv: string[]): ClientConfigParse | undefined {
	if (!argv.includes(clientConfigCommandName)) {
		return undefined;
	}

	let parsed;
	try {
		parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true});
	} catch (error) {
		// Not ours if the command word is not the first positional (e.g. a --profile named client-config).
		const loose = parseArgs({args: argv, options, allowPositionals: true, strict: false});
		if (loose.positionals[0] !== clientConfigCommandName) {
			return undefined;
		}

		const option = /'(--?[^' ]+)/.exec((error as Error).message)?.[1];
		return usageError(option ? `The client-config command does not take ${option}; ${seeUsage}.` : `The arguments could not be read; ${seeUsage}.`);
	}

	const {values, positionals} = parsed;
	if (positionals[0] !== clientConfigCommandName) {
		return undefined;
	}

	if (values.help) {
		return {kind: 'client-config-help'};
	}

	if (positionals.length > 1) {
		return usageError(`Unexpected "${positionals.slice(1).join(' ')}" after client-config; ${seeUsage}.`);
	}

	const trimmed = (value: string | undefined) => (value === undefined ? undefined : value.trim());
	const region = trimmed(values.region);
	const server = trimmed(values.server);
	if (!region || !server) {
		return usageError('The client-config command needs --region and --server, e.g. ipsec-wizard client-config --region cn-hangzhou --server iss-bp1example.');
	}

	if (!/^[a-z]{2,}(?:-[a-z\d]+)+$/.test(region)) {
		return usageError(`--region "${region}" does not look like a region ID (e.g. cn-hangzhou).`);
	}

	if (!/^iss-[a-z\d-]+$/i.test(server)) {
		return usageError(`--server "${server}" does not look like a server ID (e.g. iss-bp1example).`);
	}

	const format = trimmed(values.format) ?? 'all';
	const formats = format === 'all' ? [...profileFormats] : profileFormats.filter(each => each === format);
	if (formats.length === 0) {
		return usageError(`--format "${format}" is not one of swanctl, mobileconfig, card or all.`);
	}

	const out = trimmed(values.out);
	if (values.out !== undefined && !out) {
		return usageError('The option --out needs a folder.');
	}

	const includePsk = values['include-psk'] ?? false;
	if (includePsk && out === undefined) {
		return usageError('--include-psk puts the key in files, so it needs --out DIR; standard output never gets the key.');
	}

	const endpoint = trimmed(values.endpoint);
	const sandbox = values.sandbox ?? false;
	if (endpoint !== undefined) {
		if (sandbox) {
			return usageError('--endpoint and --sandbox do not go together: the sandbox has its own endpoint.');
		}

		try {
			parseEndpoint(endpoint);
		} catch (error) {
			return usageError((error as Error).message);
		}
	}

	return {kind: 'client-config', region, server, formats, includePsk, out, sandbox, profile: trimmed(values.profile), endpoint};
}
