// The fields of each edit step: which draft entry each one edits, how it is entered (free text,
// secret or a choice) and which domain field gives its guidance, checks and advice. The field
// catalogue says which step asks for a field and how; only the key has specs written here.
import {entryOf, fieldCatalogue, fieldInfo, fieldsOfStep} from '../../domain/index.js';
import type {FieldName, FieldsOfKind, FieldStepId, SwitchWording, TypedFieldName} from '../../domain/index.js';
import type {ChoiceOption} from '../fields/select-items.js';
import type {Draft, TextDraftKey} from './draft.js';

type SpecBase = {
	field: FieldName;
	/** Overrides fieldInfo's label (the PSK action and the new key are both about the PSK). */
	label?: string;
};

export type TextFieldSpec = SpecBase & {kind: 'text' | 'secret'; key: TextDraftKey; placeholder?: string};

export type ChoiceFieldSpec = SpecBase & {
	kind: 'choice';
	key: keyof Draft;
	options: readonly ChoiceOption[];
	/** False when the field's issue belongs to another input (the PSK action vs the key typed). */
	showsIssue?: boolean;
	/** Short form for the one-line row. */
	display(value: string): string;
	get(draft: Draft): string;
	set(draft: Draft, value: string): Draft;
};

export type FieldSpec = TextFieldSpec | ChoiceFieldSpec;

type ChoiceField = FieldsOfKind<'choice'>;
type SwitchField = FieldsOfKind<'switch'>;
type TextField = Exclude<TypedFieldName, FieldsOfKind<'secret'>>;
/** The key is edited through its action and the new key's field (below), not through a spec of its own. */
type SpecField = Exclude<FieldName, FieldsOfKind<'secret'>>;
const hasOwnSpec = (field: FieldName): field is SpecField => entryOf(field).kind !== 'secret';

function choiceSpec(key: ChoiceField, values: readonly string[]): ChoiceFieldSpec {
	return {
		kind: 'choice',
		key,
		field: key,
		options: values.map(value => ({value, label: value})),
		display: value => value,
		get: draft => draft[key],
		set: (draft, value) => (values.includes(value) ? {...draft, [key]: value} : draft),
	};
}

function switchSpec(key: SwitchField, {on, off}: {on: SwitchWording; off: SwitchWording}): ChoiceFieldSpec {
	return {
		kind: 'choice',
		key,
		field: key,
		options: [
			{value: 'false', label: off.label},
			{value: 'true', label: on.label},
		],
		display: value => (value === 'true' ? on.short : off.short),
		get: draft => String(draft[key]),
		set: (draft, value) => ({...draft, [key]: value === 'true'}),
	};
}

/** A field's spec as its catalogue entry describes it (the key has specs of its own, below). */
function specOf(field: SpecField): FieldSpec {
	const entry = entryOf(field);
	switch (entry.kind) {
		case 'choice': {
			return choiceSpec(field as ChoiceField, entry.values);
		}

		case 'switch': {
			return switchSpec(field as SwitchField, entry);
		}

		default: {
			return {kind: 'text', key: field as TextField, field};
		}
	}
}

const specsOfStep = (step: FieldStepId): readonly FieldSpec[] =>
	fieldsOfStep(step).filter(hasOwnSpec).map(field => specOf(field));

export const basicsFields: readonly FieldSpec[] = specsOfStep('basics');

export const ikeFields: readonly FieldSpec[] = specsOfStep('ike');

export const ipsecFields: readonly FieldSpec[] = specsOfStep('ipsec');

export const pskActionField: ChoiceFieldSpec = {
	kind: 'choice',
	key: 'pskAction',
	field: 'psk',
	label: 'Pre-shared key',
	showsIssue: false,
	display: value => ({keep: 'keep the current key', replace: 'new key (typed)', generate: 'new key (generated)'})[value] ?? value,
	options: [
		{value: 'keep', label: 'Keep the key in use'},
		{value: 'replace', label: 'Type a new key'},
		{value: 'generate', label: 'Generate a new random key'},
	],
	get: draft => draft.pskAction,
	set: (draft, value) => (value === 'keep' || value === 'replace' || value === 'generate' ? {...draft, pskAction: value} : draft),
};

export const typedPskField: TextFieldSpec = {kind: 'secret', key: 'typedPsk', field: 'psk', label: 'New key', placeholder: 'type or paste the new key'};

export const pskEnabledField: ChoiceFieldSpec = switchSpec('pskEnabled', fieldCatalogue.pskEnabled);

export const effectImmediatelyField: ChoiceFieldSpec = switchSpec('effectImmediately', fieldCatalogue.effectImmediately);

/** The current value of a field as the choice list or text field holds it. */
export function specValue(spec: FieldSpec, draft: Draft): string {
	return spec.kind === 'choice' ? spec.get(draft) : draft[spec.key];
}

export function specLabel(spec: FieldSpec): string {
	return spec.label ?? fieldInfo[spec.field].label;
}
