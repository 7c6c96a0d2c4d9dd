// Reading and setting one field of a configuration, by name, without the caller knowing which of
// the nested objects it lives in (the field catalogue says).
import type {ApiGroup} from './fields/field-entry.js';
import {entryOf, fieldsIn, groupKeyOf, groupOf, parameterKey, requestParameters} from './fields/field-names.js';
import type {FieldValueOf, FieldValues, GroupDefaults} from './fields/field-types.js';
import type {FieldName, IpsecServerConfig, UpdateIpsecServerParams} from './model.js';

export const ikeFields = fieldsIn('IkeConfig');
export const ipsecFields = fieldsIn('IpsecConfig');
/** Phase 1 then Phase 2: the settings a client's profile is made of. */
export const negotiationFields: ReadonlyArray<(typeof ikeFields)[number] | (typeof ipsecFields)[number]> = [...ikeFields, ...ipsecFields];

export type FieldValue = string | number | boolean | string[];

/** The object a field is held in: the configuration itself or one of its groups. */
function holderOf(field: FieldName, config: IpsecServerConfig): Partial<FieldValues> {
	const group = groupOf(field);
	return group ? config[groupKeyOf(group)] : config;
}

export function fieldValue<F extends FieldName>(field: F, config: IpsecServerConfig): FieldValueOf<F> {
	// Every field is present in its holder: the configuration types are read off the same catalogue.
	return holderOf(field, config)[field] as FieldValueOf<F>;
}

/** The configuration with one field set; the original is left as it was. */
export function withFieldValue(config: IpsecServerConfig, field: FieldName, value: FieldValue): IpsecServerConfig {
	const group = groupOf(field);
	if (group) {
		const key = groupKeyOf(group);
		return {...config, [key]: {...config[key], [field]: value}};
	}

	return {...config, [field]: value};
}

/** A configuration from every field's value, keys in the request's order. */
export function configFromValues(values: FieldValues): IpsecServerConfig {
	return Object.fromEntries(requestParameters.map(parameter => {
		const key = parameterKey(parameter);
		return 'group' in parameter
			? [key, Object.fromEntries(fieldsIn(parameter.group).map(field => [field, values[field]]))]
			: [key, values[parameter.field]];
	})) as IpsecServerConfig;
}

/** An independent copy of a value (a list or a group), so no two configurations share one. */
export function copyOfValue<T>(value: T): T {
	return Array.isArray(value) ? ([...value] as T) : typeof value === 'object' && value !== null ? {...value} : value;
}

/** The configuration part of `source` (a server, say) as an independent copy, with `over`'s parameters in place of its own. */
export function copyConfig(source: IpsecServerConfig, over: UpdateIpsecServerParams = {}): IpsecServerConfig {
	return Object.fromEntries(requestParameters.map(parameter => {
		const key = parameterKey(parameter);
		return [key, copyOfValue(over[key] ?? source[key])];
	})) as IpsecServerConfig;
}

/** The defaults UpdateIpsecServer's page gives for a group's fields. */
export function groupDefaults<G extends ApiGroup>(group: G): GroupDefaults<G> {
	const defaults = fieldsIn(group).flatMap(field => {
		const value = entryOf(field).byDefault;
		return value === undefined ? [] : [[field, value]];
	});
	// The type names exactly the fields whose entry has a default, the ones kept here.
	return Object.fromEntries(defaults) as GroupDefaults<G>;
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => item === b[index]);
	}

	return a === b;
}
