// An update's parameters as UpdateIpsecServer takes them, named and ordered by the field
// catalogue: each top-level field under its API name, and IkeConfig and IpsecConfig as JSON
// strings with their keys in the API page's order. The API client sends these; the CLI
// rendering shows them (without the key).
import {entryOf, fieldsIn, groupKeyOf, requestParameters} from './fields/field-names.js';
import type {ApiGroup} from './fields/field-entry.js';
import {textOfValue} from './fields/field-text.js';
import type {UpdateIpsecServerParams} from './model.js';

export type UpdateParameter = {name: string; text: string; secret: boolean};

function groupJson(group: ApiGroup, params: UpdateIpsecServerParams): string | undefined {
	const values: Partial<Record<string, unknown>> | undefined = params[groupKeyOf(group)];
	return values && JSON.stringify(Object.fromEntries(fieldsIn(group).map(field => [entryOf(field).apiName, values[field]])));
}

/** The parameters present in `params`, in the request's order. */
export function updateParameters(params: UpdateIpsecServerParams): UpdateParameter[] {
	return requestParameters.flatMap(parameter => {
		if ('group' in parameter) {
			const text = groupJson(parameter.group, params);
			return text === undefined ? [] : [{name: parameter.group, text, secret: false}];
		}

		const value = params[parameter.field];
		const {apiName, kind} = entryOf(parameter.field);
		return value === undefined ? [] : [{name: apiName, text: textOfValue(value), secret: kind === 'secret'}];
	});
}
