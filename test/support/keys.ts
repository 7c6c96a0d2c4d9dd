// The bytes a terminal sends for the keys the wizard understands (xterm, normal cursor mode).

export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlR: '\u0012',
	ctrlU: '\u0015',
} as const;

export type KeyName = keyof typeof keys;

/** Wraps text the way a terminal with bracketed paste mode on delivers a paste. */
export const bracketedPaste = (text: string): string => `\u001B[200~${text}\u001B[201~`;
