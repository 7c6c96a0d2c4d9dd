// argv of the runbook commands (show, plan, apply) -> what to run, or one sentence. Pure, and apart
// from parse-arguments.ts so the wizard's own flags stay as they are; the connection flags
// (--profile, --endpoint, --sandbox) and the ID checks are the same.
import {parseArgs} from 'node:util';
import {parseEndpoint} from '../api/endpoint.js';
import {defaultTimeoutMs} from './parse-arguments.js';
import {parseDuration} from './parse-duration.js';

type Connection = {profile?: string; endpoint?: string; sandbox: boolean; json: boolean};

export type ShowCommand = Connection & {kind: 'show'; region: string; server: string};
export type PlanCommand = Connection & {
	kind: 'plan';
	region: string;
	server: string;
	/** KEY=VALUE as given, in order. */
	sets: string[];
	preset?: 'recommended';
	pskFile?: string;
	generatePsk?: string;
	applyImmediately: boolean;
	out: string;
};
export type ApplyCommand = Connection & {kind: 'apply'; planFile: string; yes: boolean; timeoutMs: number};
export type RunbookCommand = ShowCommand | PlanCommand | ApplyCommand;

export type RunbookArguments = RunbookCommand | {kind: 'runbook-help'; command: RunbookCommand['kind']} | {kind: 'usage-error'; message: string};

export const runbookCommands = ['show', 'plan', 'apply'] as const;

const options = {
	region: {type: 'string'},
	server: {type: 'string'},
	profile: {type: 'string'},
	endpoint: {type: 'string'},
	sandbox: {type: 'boolean'},
	json: {type: 'boolean'},
	set: {type: 'string', multiple: true},
	preset: {type: 'string'},
	'psk-file': {type: 'string'},
	'generate-psk': {type: 'string'},
	'apply-immediately': {type: 'boolean'},
	out: {type: 'string'},
	yes: {type: 'boolean'},
	timeout: {type: 'string'},
	help: {type: 'boolean'},
} as const;

const allowed: Record<RunbookCommand['kind'], readonly string[]> = {
	show: ['region', 'server', 'profile', 'endpoint', 'sandbox', 'json', 'help'],
	plan: ['region', 'server', 'profile', 'endpoint', 'sandbox', 'json', 'set', 'preset', 'psk-file', 'generate-psk', 'apply-immediately', 'out', 'help'],
	apply: ['profile', 'endpoint', 'sandbox', 'json', 'yes', 'timeout', 'help'],
};

const regionPattern = /^[a-z]{2,}(?:-[a-z\d]+)+$/;
const serverPattern = /^iss-[a-z\d-]+$/i;

const usageError = (message: string): RunbookArguments => ({kind: 'usage-error', message});

/** Undefined when argv is not a runbook command (its first word is not show, plan or apply). */
export function parseRunbookArguments(argv: string[]): RunbookArguments | undefined {
	const [command, ...rest] = argv;
	if (!(runbookCommands as readonly string[]).includes(command ?? '')) {
		return undefined;
	}

	const kind = command as RunbookCommand['kind'];
	const see = `see ipsec-wizard ${kind} --help`;
	let parsed;
	try {
		parsed = parseArgs({args: rest, options, allowPositionals: true, strict: true});
	} catch (error) {
		const option = /'(--?[^' ]+)/.exec((error as Error).message ?? '')?.[1] ?? '';
		return usageError(`The option ${option} is not known or needs a value; ${see}.`.replace('option  ', 'option '));
	}

	const {values, positionals} = parsed;
	if (values.help) {
		return {kind: 'runbook-help', command: kind};
	}

	const given = Object.keys(values).filter(name => values[name as keyof typeof values] !== undefined);
	const stray = given.find(name => !allowed[kind].includes(name));
	if (stray) {
		return usageError(`--${stray} does not belong to the ${kind} command; ${see}.`);
	}

	for (const name of ['region', 'server', 'profile', 'endpoint', 'preset', 'psk-file', 'generate-psk', 'out', 'timeout'] as const) {
		const value = values[name];
		if (value !== undefined && value.trim() === '') {
			return usageError(`The option --${name} needs a value; ${see}.`);
		}
	}

	if (values.endpoint !== undefined) {
		if (values.sandbox) {
			return usageError('--endpoint and --sandbox do not go together: the sandbox has its own endpoint.');
		}

		try {
			parseEndpoint(values.endpoint.trim());
		} catch (error) {
			return usageError((error as Error).message);
		}
	}

	const connection: Connection = {
		...(values.profile ? {profile: values.profile.trim()} : {}),
		...(values.endpoint ? {endpoint: values.endpoint.trim()} : {}),
		sandbox: values.sandbox ?? false,
		json: values.json ?? false,
	};

	if (kind === 'apply') {
		if (positionals.length !== 1) {
			return usageError(`The apply command takes one plan file, e.g. ipsec-wizard apply plan.json; ${see}.`);
		}

		const timeoutMs = values.timeout === undefined ? defaultTimeoutMs : parseDuration(values.timeout.trim());
		if (timeoutMs === undefined) {
			return usageError(`--timeout "${values.timeout}" is not a duration; use e.g. 90s, 10m or 1h (at most 24h).`);
		}

		return {...connection, kind, planFile: positionals[0]!, yes: values.yes ?? false, timeoutMs};
	}

	if (positionals.length > 0) {
		return usageError(`The ${kind} command takes no "${positionals[0]}"; ${see}.`);
	}

	const region = values.region?.trim();
	const server = values.server?.trim();
	if (region === undefined || server === undefined) {
		return usageError(`The ${kind} command needs --region and --server, e.g. ipsec-wizard ${kind} --region cn-hangzhou --server iss-bp1example.`);
	}

	if (!regionPattern.test(region)) {
		return usageError(`--region "${region}" does not look like a region ID (e.g. cn-hangzhou).`);
	}

	if (!serverPattern.test(server)) {
		return usageError(`--server "${server}" does not look like a server ID (e.g. iss-bp1example).`);
	}

	if (kind === 'show') {
		return {...connection, kind, region, server};
	}

	if (values.preset !== undefined && values.preset !== 'recommended') {
		return usageError(`--preset "${values.preset}" is not known; the preset is recommended.`);
	}

	if (values['psk-file'] !== undefined && values['generate-psk'] !== undefined) {
		return usageError('--psk-file and --generate-psk do not go together: the new key is either read or made.');
	}

	if (values.out === undefined) {
		return usageError(`The plan command needs --out FILE, where the plan is written; ${see}.`);
	}

	return {
		...connection,
		kind,
		region,
		server,
		sets: values.set ?? [],
		...(values.preset ? {preset: 'recommended' as const} : {}),
		...(values['psk-file'] ? {pskFile: values['psk-file'].trim()} : {}),
		...(values['generate-psk'] ? {generatePsk: values['generate-psk'].trim()} : {}),
		applyImmediately: values['apply-immediately'] ?? false,
		out: values.out.trim(),
	};
}
