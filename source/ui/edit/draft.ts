// What the user has typed and chosen so far, kept as text exactly as typed so that going back
// and forth between steps never loses or reformats anything. Turned into a configuration only
// when every text parses.
import {
	configFromDraftValues,
	type DraftValues,
} from './draft-parsing.js';
import {entryOf, fieldNames, fieldValue, textOfValue, type FieldIssue} from '../../domain/index.js';
import type {FieldKindOf, FieldName, FieldsOfKind, FieldValueOf, IpsecServerConfig, TypedFieldName} from '../../domain/index.js';

/** keep: the loaded key; replace: the one typed; generate: one made from random bytes. */
export type PskAction = 'keep' | 'replace' | 'generate';

/** The fields the draft holds as they are; the key is held by its action (below). */
type DraftField = Exclude<FieldName, FieldsOfKind<'secret'>>;

/** Typed fields as the text typed; choices and switches as the value chosen. */
type DraftFieldValue<F extends DraftField> = FieldKindOf<F> extends 'choice' | 'switch' ? FieldValueOf<F> : string;

type Flat<T> = {[K in keyof T]: T[K]};

export type Draft = Flat<{[F in DraftField]: DraftFieldValue<F>} & {
	pskAction: PskAction;
	/** The key in effect when the draft was made (sent back unchanged when kept). */
	loadedPsk: string;
	typedPsk: string;
	generatedPsk: string;
}>;

export type TextDraftKey = Exclude<TypedFieldName, FieldsOfKind<'secret'>> | 'typedPsk';

const draftFields = fieldNames.filter((field): field is DraftField => entryOf(field).kind !== 'secret');

export function draftFromConfig(config: IpsecServerConfig): Draft {
	const fields = Object.fromEntries(draftFields.map(field => {
		const value = fieldValue(field, config);
		const {kind} = entryOf(field);
		return [field, kind === 'choice' || kind === 'switch' ? value : textOfValue(value)];
	}));
	return {...fields, pskAction: 'keep', loadedPsk: config.psk, typedPsk: '', generatedPsk: ''} as Draft;
}

/** The PSK the draft would send. */
export function pskOfDraft(draft: Draft): string {
	switch (draft.pskAction) {
		case 'keep': {
			return draft.loadedPsk;
		}

		case 'replace': {
			return draft.typedPsk;
		}

		case 'generate': {
			return draft.generatedPsk;
		}
	}
}

/** The configuration the draft describes, or the issues that stop the text from parsing. */
export function configFromDraft(draft: Draft): {config?: IpsecServerConfig; issues: FieldIssue[]} {
	return configFromDraftValues(draftValues(draft));
}

/**
 * The draft's configuration where it parses, the fallback's value where it does not: what the
 * advisories and cross-field checks look at while a text is still half typed.
 */
export function previewConfig(draft: Draft, fallback: IpsecServerConfig): IpsecServerConfig {
	return previewWithIssues(draft, fallback).preview;
}

/** previewConfig and the draft's parse issues from one pass (the issues do not depend on the fallback). */
export function previewWithIssues(draft: Draft, fallback: IpsecServerConfig): {preview: IpsecServerConfig; issues: FieldIssue[]} {
	const {config, issues} = configFromDraftValues(draftValues(draft), fallback);
	return {preview: config ?? fallback, issues};
}

function draftValues(draft: Draft): DraftValues {
	return {...draft, psk: pskOfDraft(draft), pskIsNew: draft.pskAction !== 'keep'};
}

/** True when leaving now would lose something the user typed or chose. */
export function isDraftDirty(draft: Draft, loaded: IpsecServerConfig): boolean {
	if (draft.pskAction !== 'keep') {
		return true;
	}

	const pristine = draftFromConfig(loaded);
	return (Object.keys(pristine) as Array<keyof Draft>).some(
		key => key !== 'loadedPsk' && key !== 'typedPsk' && key !== 'generatedPsk' && pristine[key] !== draft[key],
	);
}
