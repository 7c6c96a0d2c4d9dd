// The fields of each edit step: which draft entry each one edits, how it is entered (free text,
// secret or a choice) and which domain field gives its guidance, checks and advice.
import {
	authenticationAlgorithms,
	dhGroups,
	encryptionAlgorithms,
	ikeModes,
	ikeVersions,
	ipsecPfsValues,
	type FieldName,
} from '../../domain/index.js';
import {fieldInfo} from '../../domain/index.js';
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

type EnumKey = 'ikeVersion' | 'ikeMode' | 'ikeEncAlg' | 'ikeAuthAlg' | 'ikePfs' | 'ipsecEncAlg' | 'ipsecAuthAlg' | 'ipsecPfs';

function enumChoice<K extends EnumKey>(key: K, values: ReadonlyArray<Draft[K]>): ChoiceFieldSpec {
	return {
		kind: 'choice',
		key,
		field: key,
		options: values.map(value => ({value, label: value})),
		display: value => value,
		get: draft => draft[key],
		set: (draft, value) => (values.includes(value as Draft[K]) ? {...draft, [key]: value} : draft),
	};
}

type BooleanWording = {yes: string; no: string; yesShort: string; noShort: string};

function booleanChoice(key: 'pskEnabled' | 'effectImmediately', {yes, no, yesShort, noShort}: BooleanWording): ChoiceFieldSpec {
	return {
		kind: 'choice',
		key,
		field: key,
		options: [
			{value: 'false', label: no},
			{value: 'true', label: yes},
		],
		display: value => (value === 'true' ? yesShort : noShort),
		get: draft => String(draft[key]),
		set: (draft, value) => ({...draft, [key]: value === 'true'}),
	};
}

const text = (key: TextDraftKey & FieldName): TextFieldSpec => ({kind: 'text', key, field: key});

export const basicsFields: readonly FieldSpec[] = [text('ipsecServerName'), text('localSubnet'), text('clientIpPool')];

export const ikeFields: readonly FieldSpec[] = [
	enumChoice('ikeVersion', ikeVersions),
	enumChoice('ikeMode', ikeModes),
	enumChoice('ikeEncAlg', encryptionAlgorithms),
	enumChoice('ikeAuthAlg', authenticationAlgorithms),
	enumChoice('ikePfs', dhGroups),
	text('ikeLifetime'),
	text('localId'),
	text('remoteId'),
];

export const ipsecFields: readonly FieldSpec[] = [
	enumChoice('ipsecEncAlg', encryptionAlgorithms),
	enumChoice('ipsecAuthAlg', authenticationAlgorithms),
	enumChoice('ipsecPfs', ipsecPfsValues),
	text('ipsecLifetime'),
];

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

export const pskEnabledField = booleanChoice('pskEnabled', {
	yes: 'On: clients prove themselves with the key',
	no: 'Off: IDaaS two-factor login only',
	yesShort: 'on',
	noShort: 'off',
});

export const effectImmediatelyField = booleanChoice('effectImmediately', {
	yes: 'Now: renegotiate at once; online clients are dropped',
	no: 'On next traffic: tunnels renegotiate when used',
	yesShort: 'now',
	noShort: 'on next traffic',
});

/** The current value of a field as the choice list or text field holds it. */
export function specValue(spec: FieldSpec, draft: Draft): string {
	return spec.kind === 'choice' ? spec.get(draft) : draft[spec.key];
}

export function specLabel(spec: FieldSpec): string {
	return spec.label ?? fieldInfo[spec.field].label;
}
