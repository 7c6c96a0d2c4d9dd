// argv -> what to run, or one sentence saying what is wrong with it. Pure. Parsing is node's own
// util.parseArgs (nothing to load: the first frame's budget); meow renders --help (help-text.ts).
import {parseArgs} from 'node:util';
import {regionIdPattern} from '../api/credentials-region.js';
import {parseEndpoint} from '../api/endpoint.js';
import {parseDuration} from './parse-duration.js';
import {parseClientConfigArguments, type ClientConfigCommand} from './parse-client-config.js';

export const defaultTimeoutMs = 10 * 60_000;

type Common = {
	region?: string;
	gateway?: string;
	server?: string;
	profile?: string;
	endpoint?: string;
	sandbox: boolean;
	timeoutMs: number;
	/** False with --no-color; NO_COLOR and TERM are looked at elsewhere. */
	color: boolean;
};

export type WizardCommand = Common & {kind: 'wizard'; pskFile?: string};
export type StatusCommand = Common & {kind: 'status'; region: string; gateway: string};
export type SandboxCommand = {kind: 'sandbox'; port: number};

export type ParsedArguments =
	| {kind: 'help'}
	| {kind: 'version'}
	| {kind: 'usage-error'; message: string}
	| WizardCommand
	| StatusCommand
	| SandboxCommand
	| ClientConfigCommand
	| {kind: 'client-config-help'};

const options = {
	region: {type: 'string'},
	server: {type: 'string'},
	gateway: {type: 'string'},
	profile: {type: 'string'},
	endpoint: {type: 'string'},
	sandbox: {type: 'boolean'},
	timeout: {type: 'string'},
	'no-color': {type: 'boolean'},
	'psk-file': {type: 'string'},
	port: {type: 'string'},
	help: {type: 'boolean'},
	version: {type: 'boolean'},
} as const;

const idPatterns = {
	region: {pattern: regionIdPattern, example: 'cn-hangzhou'},
	server: {pattern: /^iss-[a-z\d-]+$/i, example: 'iss-bp1example'},
	gateway: {pattern: /^vpn-[a-z\d-]+$/i, example: 'vpn-bp1example'},
} as const;

const seeHelp = 'see ipsec-wizard --help';

const kebab = (name: string): string => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** parseArgs' errors, as one sentence each. */
function parseError(error: unknown): string {
	const {code, message} = error as {code?: string; message?: string};
	const option = /'(--?[^' ]+)/.exec(message ?? '')?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		return `Unknown option ${option ?? ''}; ${seeHelp}.`.replace('option ;', 'option;');
	}

	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return `The option ${option ?? ''} needs a value (or takes none); ${seeHelp}.`;
	}

	return `The arguments could not be read; ${seeHelp}.`;
}

const usageError = (message: string): ParsedArguments => ({kind: 'usage-error', message});

export function parseArguments(argv: string[]): ParsedArguments {
	const clientConfig = parseClientConfigArguments(argv);
	if (clientConfig) {
		return clientConfig;
	}

	let parsed;
	try {
		parsed = parseArgs({args: argv, options, allowPositionals: true, strict: true});
	} catch (error) {
		return usageError(parseError(error));
	}

	const {values, positionals} = parsed;
	if (values.help) {
		return {kind: 'help'};
	}

	if (values.version) {
		return {kind: 'version'};
	}

	const flags = {
		region: values.region,
		server: values.server,
		gateway: values.gateway,
		profile: values.profile,
		endpoint: values.endpoint,
		timeout: values.timeout,
		pskFile: values['psk-file'],
		port: values.port,
		sandbox: values.sandbox ?? false,
		color: !values['no-color'],
	};

	const strings: Record<string, string | undefined> = {};
	for (const name of ['region', 'server', 'gateway', 'profile', 'endpoint', 'timeout', 'pskFile', 'port'] as const) {
		const value = flags[name];
		if (value !== undefined && value.trim() === '') {
			return usageError(`The option --${kebab(name)} needs a value; ${seeHelp}.`);
		}

		strings[name] = value?.trim();
	}

	for (const name of ['region', 'server', 'gateway'] as const) {
		const value = strings[name];
		if (value !== undefined && !idPatterns[name].pattern.test(value)) {
			return usageError(`--${name} "${value}" does not look like a ${name} ID (e.g. ${idPatterns[name].example}).`);
		}
	}

	const [command, ...extra] = positionals;
	if (extra.length > 0 || (command !== undefined && command !== 'status' && command !== 'sandbox')) {
		return usageError(`Unknown command "${[command, ...extra].join(' ')}"; the commands are status, sandbox, client-config, show, plan and apply, ${seeHelp}.`);
	}

	if (command === 'sandbox') {
		const others = ['region', 'server', 'gateway', 'profile', 'endpoint', 'timeout', 'pskFile'].filter(name => strings[name] !== undefined);
		if (others.length > 0 || flags.sandbox) {
			return usageError(`The sandbox command takes only --port (got --${kebab(others[0] ?? 'sandbox')}).`);
		}

		const port = strings['port'] === undefined ? 0 : Number(strings['port']);
		if (!Number.isInteger(port) || port < 0 || port > 65_535) {
			return usageError(`--port "${strings['port']}" is not a port number (0-65535).`);
		}

		return {kind: 'sandbox', port};
	}

	if (strings['port'] !== undefined) {
		return usageError('--port belongs to the sandbox command: ipsec-wizard sandbox --port N.');
	}

	const timeoutMs = strings['timeout'] === undefined ? defaultTimeoutMs : parseDuration(strings['timeout']);
	if (timeoutMs === undefined) {
		return usageError(`--timeout "${strings['timeout']}" is not a duration; use e.g. 90s, 10m or 1h (at most 24h).`);
	}

	if (strings['endpoint'] !== undefined) {
		if (flags.sandbox) {
			return usageError('--endpoint and --sandbox do not go together: the sandbox has its own endpoint.');
		}

		try {
			parseEndpoint(strings['endpoint']);
		} catch (error) {
			return usageError((error as Error).message);
		}
	}

	const common: Common = {
		region: strings['region'],
		server: strings['server'],
		gateway: strings['gateway'],
		profile: strings['profile'],
		endpoint: strings['endpoint'],
		sandbox: flags.sandbox,
		timeoutMs,
		color: flags.color,
	};

	if (command === 'status') {
		if (strings['pskFile'] !== undefined) {
			return usageError('--psk-file belongs to the wizard, not to the status command.');
		}

		if (common.region === undefined || common.gateway === undefined) {
			return usageError('The status command needs --region and --gateway, e.g. ipsec-wizard status --region cn-hangzhou --gateway vpn-bp1example.');
		}

		return {...common, kind: 'status', region: common.region, gateway: common.gateway};
	}

	return {...common, kind: 'wizard', pskFile: strings['pskFile']};
}
