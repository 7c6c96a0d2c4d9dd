// Over a slow SSH link several keystrokes arrive in one read. Ink hands a run of plain bytes to
// useInput as one event, so three Enters typed ahead come in as the "text" "\r\r\r" and would be
// dropped by a text field as a paste. A run made only of editing keys is split back into single
// keys. A run that mixes text and control characters stays one event: that is a paste, and a pasted
// newline must never count as Enter.
import type {Key} from 'ink';

export type KeyEvent = {input: string; key: Key};

const blankKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

// As Ink names each of these when it arrives alone (DEL is Ink's `delete`).
const singleKeys: Record<string, Partial<Key>> = {
	'\r': {return: true},
	'\n': {return: true},
	'\t': {tab: true},
	'\b': {backspace: true},
	'\u007F': {delete: true},
};

const editingKeysOnly = /^[\r\n\t\b\u007F]{2,}$/u;

export function splitKeyBurst(input: string, key: Key): KeyEvent[] {
	if (!editingKeysOnly.test(input)) {
		return [{input, key}];
	}

	return [...input].map(character => ({input: '', key: {...blankKey, ...singleKeys[character]}}));
}
