// The settings under the API's names, as the runbook commands read and write them: a field's key
// is its API name (model.ts's apiFieldNames), inside IkeConfig. or IpsecConfig. when it lives in one
// of those objects (IkeConfig.IkeVersion). Text is parsed and judged by the wizard's own parsers and
// validators; the key is never set from text (it would sit on a command line).
import {parseIpv4Cidr} from './cidr.js';
import {fieldChoices} from './config-validation.js';
import {formatLocalSubnet, parseLifetime, parseLocalSubnet} from './field-parsing.js';
import {validateClientIpPool, validateIpsecServerName, validateLifetime, validateLocalId, validateLocalSubnet, validateRemoteId} from './field-validation.js';
import {fieldValue, ikeFields, ipsecFields, type FieldValue} from './field-values.js';
import {quoteInput} from './message-text.js';
import {apiFieldNames, fieldNames, type FieldName, type IpsecServerConfig} from './model.js';
import {maskSecret} from './psk.js';

/** IpsecServerName, IkeConfig.IkeVersion, IpsecConfig.IpsecLifetime, … */
export function apiKey(field: FieldName): string {
	if ((ikeFields as readonly string[]).includes(field)) {
		return `IkeConfig.${apiFieldNames[field]}`;
	}

	if ((ipsecFields as readonly string[]).includes(field)) {
		return `IpsecConfig.${apiFieldNames[field]}`;
	}

	return apiFieldNames[field];
}

export const apiKeys: readonly string[] = fieldNames.map(field => apiKey(field));

export const fieldOfApiKey = (key: string): FieldName | undefined => fieldNames.find(field => apiKey(field) === key);

/** The current settings under their API keys; the key itself only masked. */
export function apiSettings(config: IpsecServerConfig): Record<string, string | number | boolean> {
	return Object.fromEntries(
		fieldNames.map(field => {
			const value = fieldValue(field, config);
			return [apiKey(field), field === 'psk' ? maskSecret(config.psk, '*') : Array.isArray(value) ? formatLocalSubnet(value) : value];
		}),
	);
}

const booleans: Record<string, boolean> = {true: true, false: false, on: true, off: false};

const noContext = {vpcCidrBlocks: [], localSubnet: [], otherClientPools: []};

/** One KEY=VALUE's value as the field holds it, or one sentence saying what is wrong. */
export function parseApiValue(field: FieldName, text: string): {value: FieldValue} | {problem: string} {
	const key = apiKey(field);
	const allowed = fieldChoices[field];
	if (allowed) {
		return allowed.includes(text) ? {value: text} : {problem: `${key}: ${quoteInput(text)} is not supported; choose one of ${allowed.join(', ')}.`};
	}

	const problem = (message: string | undefined) => ({problem: `${key}: ${message ?? 'this value cannot be used.'}`});
	switch (field) {
		case 'effectImmediately':
		case 'pskEnabled': {
			const value = booleans[text.toLowerCase()];
			return value === undefined ? problem(`${quoteInput(text)} is not a yes or no; use true or false.`) : {value};
		}

		case 'ikeLifetime':
		case 'ipsecLifetime': {
			const value = parseLifetime(text);
			return value === undefined ? problem(validateLifetime(text)) : {value};
		}

		case 'localSubnet': {
			const message = validateLocalSubnet(text);
			return message === undefined ? {value: parseLocalSubnet(text)} : problem(message);
		}

		case 'clientIpPool': {
			const message = validateClientIpPool(text, noContext);
			const cidr = parseIpv4Cidr(text.trim())?.cidr;
			return message === undefined && cidr ? {value: cidr} : problem(message);
		}

		case 'ipsecServerName': {
			const message = validateIpsecServerName(text);
			return message === undefined ? {value: text} : problem(message);
		}

		case 'localId':
		case 'remoteId': {
			const message = field === 'localId' ? validateLocalId(text) : validateRemoteId(text);
			return message === undefined ? {value: text} : problem(message);
		}

		case 'psk': {
			return problem('a key is never given on the command line, where history and ps show it; use --psk-file F or --generate-psk F.');
		}

		default: {
			return problem(undefined);
		}
	}
}

/** The configuration with one field set. */
export function withFieldValue(config: IpsecServerConfig, field: FieldName, value: FieldValue): IpsecServerConfig {
	if ((ikeFields as readonly string[]).includes(field)) {
		return {...config, ikeConfig: {...config.ikeConfig, [field]: value}};
	}

	if ((ipsecFields as readonly string[]).includes(field)) {
		return {...config, ipsecConfig: {...config.ipsecConfig, [field]: value}};
	}

	return {...config, [field]: value};
}
