// `r` on a choice list applies a recommended preset in one keystroke (in a text field it is text).
// The preset is worked out on the configuration the advisories look at, so what it sets is
// exactly what they would recommend.
import {useState} from 'react';
import type {Key} from 'ink';
import {applyPreset, presetFields, type IpsecServerConfig, type PresetPhase} from '../../../domain/index.js';
import {fieldValue} from '../../../domain/field-values.js';
import type {Draft} from '../draft.js';
import type {FieldSpec} from '../field-specs.js';

/** The draft with the phase's preset fields as the preset sets them (lifetimes as text). */
export function draftWithPreset(draft: Draft, preview: IpsecServerConfig, phase: PresetPhase): Draft {
	const preset = applyPreset(phase, preview);
	const values = Object.fromEntries(presetFields[phase].map(field => {
		const value = fieldValue(field, preset);
		return [field, typeof value === 'number' ? String(value) : value];
	}));
	return {...draft, ...values};
}

export function usePreset(draft: Draft, preview: IpsecServerConfig, phase: PresetPhase, onDraftChange: (draft: Draft) => void) {
	const [applied, setApplied] = useState(false);
	const onKey = (input: string, key: Key, focused: FieldSpec): boolean => {
		if (input !== 'r' || key.ctrl || key.meta || focused.kind !== 'choice') {
			return false;
		}

		onDraftChange(draftWithPreset(draft, preview, phase));
		setApplied(true);
		return true;
	};

	return {applied, onKey};
}
