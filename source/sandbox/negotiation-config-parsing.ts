// IkeConfig and IpsecConfig arrive as JSON object strings. Each key is checked against the
// standard-gateway value lists (vpc-api.md §3.2). An empty string for an algorithm key is taken
// as "not given", because Terraform sends "" for unset keys and the service evidently copes.
import type {IkeConfig, IpsecConfig} from '../domain/model.js';
import {isIpAddress} from './cidr-blocks.js';
import {SandboxError} from './error-catalogue.js';

const ikeVersions = ['ikev1', 'ikev2'];
const ikeModes = ['main', 'aggressive'];
const encryptionAlgorithms = ['aes', 'aes192', 'aes256', 'des', '3des'];
const authenticationAlgorithms = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'];
const dhGroups = ['group1', 'group2', 'group5', 'group14'];
const maxLifetime = 86_400;
const hostnamePattern = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

type KeyRule = {field: string; read: (value: unknown, where: string) => unknown};

const ikeRules: Record<string, KeyRule> = {
	IkeVersion: {field: 'ikeVersion', read: oneOf(ikeVersions)},
	IkeMode: {field: 'ikeMode', read: oneOf(ikeModes)},
	IkeEncAlg: {field: 'ikeEncAlg', read: oneOf(encryptionAlgorithms)},
	IkeAuthAlg: {field: 'ikeAuthAlg', read: oneOf(authenticationAlgorithms)},
	IkePfs: {field: 'ikePfs', read: oneOf(dhGroups)},
	IkeLifetime: {field: 'ikeLifetime', read: lifetime},
	LocalId: {field: 'localId', read: identity},
	RemoteId: {field: 'remoteId', read: identity},
};

const ipsecRules: Record<string, KeyRule> = {
	IpsecEncAlg: {field: 'ipsecEncAlg', read: oneOf(encryptionAlgorithms)},
	IpsecAuthAlg: {field: 'ipsecAuthAlg', read: oneOf(authenticationAlgorithms)},
	IpsecPfs: {field: 'ipsecPfs', read: ipsecPfs},
	IpsecLifetime: {field: 'ipsecLifetime', read: lifetime},
};

export function parseIkeConfig(text: string): Partial<IkeConfig> {
	return parseObject('IkeConfig', text, ikeRules) as Partial<IkeConfig>;
}

export function parseIpsecConfig(text: string): Partial<IpsecConfig> {
	return parseObject('IpsecConfig', text, ipsecRules) as Partial<IpsecConfig>;
}

function parseObject(name: string, text: string, rules: Record<string, KeyRule>): Record<string, unknown> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new SandboxError('InvalidParameter', name, 'it must be a JSON object string.');
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new SandboxError('InvalidParameter', name, 'it must be a JSON object string.');
	}

	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(parsed)) {
		const rule = rules[key];
		// Emulator choice: an unknown key (say, camelCase ikeVersion) is refused rather than
		// ignored, so a client sending the wrong spelling finds out here, not in production.
		if (!rule) {
			throw new SandboxError('InvalidParameter', name, `the key "${key}" is unknown; known keys are ${Object.keys(rules).join(', ')}.`);
		}

		const read = rule.read(value, `${name}.${key}`);
		if (read !== undefined) {
			result[rule.field] = read;
		}
	}

	return result;
}

function oneOf(values: string[]) {
	return (value: unknown, where: string): string | undefined => {
		if (value === '') {
			return undefined;
		}

		if (typeof value !== 'string' || !values.includes(value)) {
			throw new SandboxError('InvalidParameter', where, `it must be one of ${values.join(', ')}.`);
		}

		return value;
	};
}

// UNCONFIRMED for IPsec servers: `disabled` is documented for IPsec connections only. The
// safer reading is that the server refuses it, with the code the API page lists.
function ipsecPfs(value: unknown, where: string): string | undefined {
	if (value === 'disabled') {
		throw new SandboxError('OperationUnsupported.IpsecPfs');
	}

	return oneOf(dhGroups)(value, where);
}

function lifetime(value: unknown, where: string): number {
	const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > maxLifetime) {
		throw new SandboxError('InvalidParameter', where, `it must be a whole number of seconds from 0 to ${maxLifetime}.`);
	}

	return number;
}

// Empty is allowed: LocalId then means the gateway's public IP, RemoteId means "none".
function identity(value: unknown, where: string): string {
	if (typeof value !== 'string' || (value !== '' && !isIpAddress(value) && !hostnamePattern.test(value))) {
		throw new SandboxError('InvalidParameter', where, 'it must be an IP address or a fully qualified domain name.');
	}

	return value;
}
