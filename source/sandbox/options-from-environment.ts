// Sandbox options from the environment, for `ipsec-wizard sandbox` and the benchmark:
//   IPSEC_WIZARD_SANDBOX_UPDATING_MS=300
//   IPSEC_WIZARD_SANDBOX_SERVERS=2000
//   IPSEC_WIZARD_SANDBOX_FAULTS=seed=7,latency=50,throttle=0.1,5xx=0.1,drop=0.05,slow=0.05,slowMs=1500
//   IPSEC_WIZARD_SANDBOX_FAULTS=loseAnswer=1,order=state-first   (or loseRequest=4: cut before applying)
// A bad value throws an Error whose message is one sentence saying what to write instead.
import type {CheckOrder, FaultOptions, SandboxOptions} from './sandbox-types.js';

const faultsExample = 'seed=7,latency=50,throttle=0.1,5xx=0.1,drop=0.05,slow=0.05,slowMs=1500';

type FaultKey = 'seed' | 'latency' | 'throttle' | '5xx' | 'drop' | 'slow' | 'slowMs' | 'loseAnswer' | 'loseRequest';

const checkOrders: readonly CheckOrder[] = ['token-first', 'state-first'];

const faultSettings: Record<FaultKey, {option: Exclude<keyof FaultOptions, 'order' | 'dryRunToken'>; kind: 'count' | 'rate'}> = {
	seed: {option: 'seed', kind: 'count'},
	latency: {option: 'latencyMs', kind: 'count'},
	throttle: {option: 'throttleRate', kind: 'rate'},
	'5xx': {option: 'serverErrorRate', kind: 'rate'},
	drop: {option: 'dropRate', kind: 'rate'},
	slow: {option: 'slowRate', kind: 'rate'},
	slowMs: {option: 'slowMs', kind: 'count'},
	loseAnswer: {option: 'loseAnswer', kind: 'count'},
	loseRequest: {option: 'loseRequest', kind: 'count'},
};

export function sandboxOptionsFromEnvironment(env: NodeJS.ProcessEnv): SandboxOptions {
	const options: SandboxOptions = {};
	const updatingMs = env.IPSEC_WIZARD_SANDBOX_UPDATING_MS;
	if (updatingMs !== undefined && updatingMs !== '') {
		options.updatingMs = wholeNumber('IPSEC_WIZARD_SANDBOX_UPDATING_MS', updatingMs, 3_600_000, '300');
	}

	const servers = env.IPSEC_WIZARD_SANDBOX_SERVERS;
	if (servers !== undefined && servers !== '') {
		options.largeRegionServers = wholeNumber('IPSEC_WIZARD_SANDBOX_SERVERS', servers, 100_000, '2000');
	}

	const faults = env.IPSEC_WIZARD_SANDBOX_FAULTS;
	if (faults !== undefined && faults.trim() !== '') {
		options.faults = parseFaults(faults);
	}

	return options;
}

function parseFaults(text: string): FaultOptions {
	const faults: FaultOptions = {};
	let rateSum = 0;
	for (const part of text.split(',').map(piece => piece.trim()).filter(Boolean)) {
		const [key = '', value = '', ...rest] = part.split('=').map(piece => piece.trim());
		if (key === 'order' && rest.length === 0) {
			if (!checkOrders.includes(value as CheckOrder)) {
				throw new Error(`IPSEC_WIZARD_SANDBOX_FAULTS order must be token-first or state-first, not "${value}".`);
			}

			faults.order = value as CheckOrder;
			continue;
		}

		if (key === 'dryRunToken' && rest.length === 0) {
			if (value !== 'ignore' && value !== 'claim') {
				throw new Error(`IPSEC_WIZARD_SANDBOX_FAULTS dryRunToken must be ignore or claim, not "${value}".`);
			}

			faults.dryRunToken = value;
			continue;
		}

		if (!Object.hasOwn(faultSettings, key) || rest.length > 0) {
			throw new Error(`IPSEC_WIZARD_SANDBOX_FAULTS has an unknown setting "${part}"; use seed, latency, throttle, 5xx, drop, slow, slowMs, loseAnswer, loseRequest, order and dryRunToken, e.g. ${faultsExample}.`);
		}

		const setting = faultSettings[key as FaultKey];
		const number = setting.kind === 'rate' ? rate(key, value) : wholeNumber(`IPSEC_WIZARD_SANDBOX_FAULTS ${key}`, value, 4_294_967_295, '7');
		if (setting.kind === 'rate') {
			rateSum += number;
		}

		faults[setting.option] = number;
	}

	if (rateSum > 1) {
		throw new Error('IPSEC_WIZARD_SANDBOX_FAULTS shares throttle, 5xx, drop and slow add up to more than 1; lower them so their sum is at most 1.');
	}

	return faults;
}

function rate(key: string, value: string): number {
	const number = Number(value);
	if (!/^(0|1|0?\.\d+|1\.0*)$/.test(value) || number > 1) {
		throw new Error(`IPSEC_WIZARD_SANDBOX_FAULTS ${key} must be a share from 0 to 1 such as 0.1, not "${value}".`);
	}

	return number;
}

function wholeNumber(name: string, value: string, max: number, example: string): number {
	const number = Number(value);
	if (!/^\d+$/.test(value) || number > max) {
		throw new Error(`${name} must be a whole number from 0 to ${max} such as ${example}, not "${value}".`);
	}

	return number;
}
