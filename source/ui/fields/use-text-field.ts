// The hook around textFieldReducer: the value lives in the caller (the draft, so nothing typed is
// lost on Esc), the cursor lives here and goes to the end whenever another field takes focus.
import {useRef, useState} from 'react';
import type {Key} from 'ink';
import {textFieldActionFor, textFieldReducer, type TextFieldState} from './text-field-state.js';

export type TextFieldControl = {
	cursor: number;
	/** True when the key was an edit (handled); false for keys the caller interprets. */
	handleKey(input: string, key: Key): boolean;
};

export function useTextField(value: string, onChange: (value: string) => void, fieldKey: string): TextFieldControl {
	const [cursorState, setCursorState] = useState({fieldKey, cursor: [...value].length});
	const cursor = cursorState.fieldKey === fieldKey ? cursorState.cursor : [...value].length;
	// Keys can arrive faster than renders; the latest state is kept here between them.
	const latest = useRef<TextFieldState>({value, cursor});
	latest.current = {value, cursor};

	return {
		cursor,
		handleKey(input, key) {
			const action = textFieldActionFor(input, key);
			if (!action) {
				return false;
			}

			const previous = latest.current;
			const next = textFieldReducer(previous, action);
			latest.current = next;
			if (next.cursor !== previous.cursor) {
				setCursorState({fieldKey, cursor: next.cursor});
			}

			if (next.value !== previous.value) {
				onChange(next.value);
			}

			return true;
		},
	};
}
