// The settings under the API's names, as the runbook commands read and write them: a field's key
// is its API name, inside IkeConfig. or IpsecConfig. when it lives in one of those objects
// (IkeConfig.IkeVersion); the field catalogue gives both. Text is parsed and judged by the
// wizard's own parsers and validators; the key is never set from text (it would sit on a
// command line).
import {formatLocalSubnet} from './field-parsing.js';
import {fieldValue, type FieldValue} from './field-values.js';
import {noSurroundings} from './fields/field-entry.js';
import {apiKey, entryOf} from './fields/field-names.js';
import {quoteInput} from './message-text.js';
import {fieldNames, type FieldName, type IpsecServerConfig} from './model.js';
import {maskSecret} from './psk.js';

export {apiKey} from './fields/field-names.js';
export {withFieldValue} from './field-values.js';

export const apiKeys: readonly string[] = fieldNames.map(field => apiKey(field));

export const fieldOfApiKey = (key: string): FieldName | undefined => fieldNames.find(field => apiKey(field) === key);

/** The current settings under their API keys; the key itself only masked. */
export function apiSettings(config: IpsecServerConfig): Record<string, string | number | boolean> {
	return Object.fromEntries(
		fieldNames.map(field => {
			const value = fieldValue(field, config);
			const {kind} = entryOf(field);
			return [apiKey(field), kind === 'secret' ? maskSecret(String(value), '*') : Array.isArray(value) ? formatLocalSubnet(value) : value];
		}),
	);
}

const booleans: Record<string, boolean> = {true: true, false: false, on: true, off: false};

/** One KEY=VALUE's value as the field holds it, or one sentence saying what is wrong. */
export function parseApiValue(field: FieldName, text: string): {value: FieldValue} | {problem: string} {
	const key = apiKey(field);
	const problem = (message: string | undefined) => ({problem: `${key}: ${message ?? 'this value cannot be used.'}`});
	const entry = entryOf(field);
	switch (entry.kind) {
		case 'choice': {
			const allowed: readonly string[] = entry.values;
			return allowed.includes(text) ? {value: text} : {problem: `${key}: ${quoteInput(text)} is not supported; choose one of ${allowed.join(', ')}.`};
		}

		case 'switch': {
			const value = booleans[text.toLowerCase()];
			return value === undefined ? problem(`${quoteInput(text)} is not a yes or no; use true or false.`) : {value};
		}

		case 'secret': {
			return problem('a key is never given on the command line, where history and ps show it; use --psk-file F or --generate-psk F.');
		}

		default: {
			const message = entry.validate(text, noSurroundings);
			const value = message === undefined ? entry.parse(text) : undefined;
			return value === undefined ? problem(message) : {value};
		}
	}
}
