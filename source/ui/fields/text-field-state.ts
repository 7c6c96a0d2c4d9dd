// The state of one free-text field as a pure reducer (no Ink): the value and a cursor counted in
// code points, so emoji or CJK never split. Pasted text arrives as one multi-character insert;
// control characters and escape sequences are removed here so nothing but text reaches a value.
import type {Key} from 'ink';
import {createControlStringFilter} from '../shell/control-strings.js';

export type TextFieldState = {value: string; cursor: number};

export type TextFieldAction =
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'delete'}
	| {type: 'left'}
	| {type: 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'clear'};

// CSI (ESC [ … final), SS3 (ESC O x) and any other two-character ESC sequence.
const escapeSequence = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|O.?|.?)/gu;
const lineBreaksAndTabs = /[\r\n\t]+/gu;
// C0 controls, DEL and C1 controls.
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/gu;

/**
 * Text as the user meant it: a line break or tab inside a pasted list separates items (a space),
 * at either end it is dropped (a pasted trailing newline is not Enter); everything else that is
 * not printable disappears.
 */
export function sanitizeInput(text: string): string {
	// A control string (OSC title, DCS, …) goes whole, up to its terminator, not just its ESC.
	const withoutStrings = createControlStringFilter().push(text);
	const withoutEscapes = withoutStrings.replace(escapeSequence, '');
	const trimmedBreaks = withoutEscapes.replace(/^[\r\n\t]+|[\r\n\t]+$/gu, '');
	return trimmedBreaks.replace(lineBreaksAndTabs, ' ').replace(controlCharacter, '');
}

export function initialTextFieldState(value: string): TextFieldState {
	return {value, cursor: [...value].length};
}

export function textFieldReducer(state: TextFieldState, action: TextFieldAction): TextFieldState {
	const chars = [...state.value];
	const cursor = Math.min(Math.max(state.cursor, 0), chars.length);
	switch (action.type) {
		case 'insert': {
			const inserted = [...sanitizeInput(action.text)];
			if (inserted.length === 0) {
				return {value: state.value, cursor};
			}

			chars.splice(cursor, 0, ...inserted);
			return {value: chars.join(''), cursor: cursor + inserted.length};
		}

		case 'backspace': {
			if (cursor === 0) {
				return {value: state.value, cursor};
			}

			chars.splice(cursor - 1, 1);
			return {value: chars.join(''), cursor: cursor - 1};
		}

		case 'delete': {
			chars.splice(cursor, 1);
			return {value: chars.join(''), cursor};
		}

		case 'left': {
			return {value: state.value, cursor: Math.max(cursor - 1, 0)};
		}

		case 'right': {
			return {value: state.value, cursor: Math.min(cursor + 1, chars.length)};
		}

		case 'home': {
			return {value: state.value, cursor: 0};
		}

		case 'end': {
			return {value: state.value, cursor: chars.length};
		}

		case 'clear': {
			return {value: '', cursor: 0};
		}
	}
}

// Residue of a bracketed-paste marker once Ink has split off its ESC.
const pasteMarker = /^\[20[01]~$/u;

/**
 * Map one Ink keypress to an edit. Undefined means "not an edit" (Enter, Tab, arrows up/down,
 * Alt or Ctrl shortcuts): the caller decides what those mean. Ink reports the Backspace key of
 * most terminals (DEL) as `delete`, so both erase to the left, as in @inkjs/ui; Ctrl+D deletes
 * forward.
 */
export function textFieldActionFor(input: string, key: Key): TextFieldAction | undefined {
	if (key.backspace || key.delete) {
		return {type: 'backspace'};
	}

	if (key.leftArrow) {
		return {type: 'left'};
	}

	if (key.rightArrow) {
		return {type: 'right'};
	}

	if (key.home || (key.ctrl && input === 'a')) {
		return {type: 'home'};
	}

	if (key.end || (key.ctrl && input === 'e')) {
		return {type: 'end'};
	}

	if (key.ctrl && input === 'u') {
		return {type: 'clear'};
	}

	if (key.ctrl && input === 'd') {
		return {type: 'delete'};
	}

	if (key.ctrl || key.meta || key.return || key.tab || key.escape || key.upArrow || key.downArrow) {
		return undefined;
	}

	if (input === '' || pasteMarker.test(input)) {
		return undefined;
	}

	return {type: 'insert', text: input};
}
