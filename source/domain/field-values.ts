// Reading one field out of a configuration, by name, without the caller knowing which of the
// nested objects it lives in.
import type {FieldName, IkeConfig, IpsecConfig, IpsecServerConfig} from './model.js';

export const ikeFields = [
	'ikeVersion', 'ikeMode', 'ikeEncAlg', 'ikeAuthAlg', 'ikePfs', 'ikeLifetime', 'localId', 'remoteId',
] as const satisfies ReadonlyArray<keyof IkeConfig>;
export const ipsecFields = [
	'ipsecEncAlg', 'ipsecAuthAlg', 'ipsecPfs', 'ipsecLifetime',
] as const satisfies ReadonlyArray<keyof IpsecConfig>;
/** Phase 1 then Phase 2: the settings a client's profile is made of. */
export const negotiationFields: ReadonlyArray<(typeof ikeFields)[number] | (typeof ipsecFields)[number]> = [...ikeFields, ...ipsecFields];

export type FieldValue = string | number | boolean | string[];

function isIkeField(field: FieldName): field is keyof IkeConfig {
	return (ikeFields as readonly string[]).includes(field);
}

function isIpsecField(field: FieldName): field is keyof IpsecConfig {
	return (ipsecFields as readonly string[]).includes(field);
}

export function fieldValue(field: FieldName, config: IpsecServerConfig): FieldValue {
	if (isIkeField(field)) {
		return config.ikeConfig[field];
	}

	if (isIpsecField(field)) {
		return config.ipsecConfig[field];
	}

	return config[field];
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => item === b[index]);
	}

	return a === b;
}
