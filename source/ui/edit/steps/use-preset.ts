// `r` on a choice list applies a recommended preset in one keystroke. Lists read their highlight
// only when mounted, so the revision changes to remount the focused one on the new value.
import {useState} from 'react';
import type {Key} from 'ink';
import type {Draft} from '../draft.js';
import type {FieldSpec} from '../field-specs.js';

export function usePreset(draft: Draft, preset: Partial<Draft>, onDraftChange: (draft: Draft) => void) {
	const [revision, setRevision] = useState(0);
	const [applied, setApplied] = useState(false);
	const onKey = (input: string, key: Key, focused: FieldSpec): boolean => {
		if (input !== 'r' || key.ctrl || key.meta || focused.kind !== 'choice') {
			return false;
		}

		onDraftChange({...draft, ...preset});
		setRevision(revision + 1);
		setApplied(true);
		return true;
	};

	return {revision, applied, onKey};
}
