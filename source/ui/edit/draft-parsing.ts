// The draft's texts -> configuration values, one field at a time, using each field's parser and
// context-free validator from the field catalogue. With a fallback, a text that does not parse
// keeps the fallback's value (its issue is still reported), so checks of the other fields can go
// on meanwhile.
import {
	checkFieldText,
	configFromValues,
	fieldNames,
	fieldValue,
	noSurroundings,
	parseFieldText,
	typedEntryOf,
	typedFields,
	type FieldIssue,
	type FieldValues,
	type TypedFieldName,
} from '../../domain/index.js';
import type {Draft} from './draft.js';
import type {FieldName, IpsecServerConfig} from '../../domain/index.js';

export type DraftValues = Omit<Draft, 'pskAction' | 'loadedPsk' | 'typedPsk' | 'generatedPsk'> & {
	psk: string;
	/** The key is new (typed or generated) and must pass the key rules before it is sent. */
	pskIsNew: boolean;
};

const isTyped = (field: FieldName): field is TypedFieldName => (typedFields as readonly FieldName[]).includes(field);

export function configFromDraftValues(
	values: DraftValues,
	fallback?: IpsecServerConfig,
): {config?: IpsecServerConfig; issues: FieldIssue[]} {
	const issues: FieldIssue[] = [];
	let usable = true;
	function parsed(field: TypedFieldName): FieldValues[TypedFieldName] | undefined {
		const entry = typedEntryOf(field);
		const text = values[field];
		// A key kept as loaded is sent back as it is; only a new one must pass the key rules.
		const message = entry.kind === 'secret' && !values.pskIsNew ? undefined : checkFieldText(field, text, noSurroundings);
		const result = message === undefined ? (parseFieldText(field, text) as FieldValues[TypedFieldName] | undefined) : undefined;
		if (result === undefined) {
			issues.push({field, message: message ?? 'This value cannot be used; check what was typed.'});
			usable = false;
			return fallback && fieldValue(field, fallback);
		}

		return result;
	}

	const fieldValues = Object.fromEntries(fieldNames.map(field => [field, isTyped(field) ? parsed(field) : values[field]])) as FieldValues;
	const config = configFromValues(fieldValues);
	return usable || fallback ? {config, issues} : {issues};
}
