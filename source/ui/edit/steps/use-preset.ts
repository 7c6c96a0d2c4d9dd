// `r` on a choice list applies a recommended preset in one keystroke (in a text field it is text).
import {useState} from 'react';
import type {Key} from 'ink';
import type {Draft} from '../draft.js';
import type {FieldSpec} from '../field-specs.js';

export function usePreset(draft: Draft, preset: Partial<Draft>, onDraftChange: (draft: Draft) => void) {
	const [applied, setApplied] = useState(false);
	const onKey = (input: string, key: Key, focused: FieldSpec): boolean => {
		if (input !== 'r' || key.ctrl || key.meta || focused.kind !== 'choice') {
			return false;
		}

		onDraftChange({...draft, ...preset});
		setApplied(true);
		return true;
	};

	return {applied, onKey};
}
