// Guidance for someone setting this up for the first time, in our own words (the field
// catalogue holds each field's label, help line and example), and each value as a person reads
// it.
import {formatLocalSubnet} from './field-parsing.js';
import {fieldValue} from './field-values.js';
import {entryOf, requestOrder} from './fields/field-names.js';
import type {FieldName, IpsecServerConfig} from './model.js';
import {maskSecret} from './psk.js';

export type FieldInfo = {label: string; help: string; example: string};

export const fieldInfo: Record<FieldName, FieldInfo> = Object.fromEntries(requestOrder.map(field => {
	const {label, help, example} = entryOf(field);
	return [field, {label, help, example}];
})) as Record<FieldName, FieldInfo>;

function describeSeconds(seconds: number): string {
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = seconds % 60;
	const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', rest ? `${rest} s` : ''].filter(Boolean);
	return seconds >= 60 ? `${seconds} s (${parts.join(' ')})` : `${seconds} s`;
}

/** The display form of a field's value. The key shows as a fixed mask, never its value. */
export function describeValue(field: FieldName, config: IpsecServerConfig): string {
	const value = fieldValue(field, config);
	if (entryOf(field).kind === 'secret') {
		return String(value).length > 0 ? maskSecret(String(value), '*') : '(none)';
	}

	if (typeof value === 'boolean') {
		return value ? 'on' : 'off';
	}

	if (typeof value === 'number') {
		return describeSeconds(value);
	}

	if (Array.isArray(value)) {
		return formatLocalSubnet(value);
	}

	return value.length > 0 ? value : '(none)';
}
