// Every glyph the UI draws, in a Unicode and an ASCII set: under LANG=C a `✔` arrives as garbage.

export type Symbols = {
	tick: string;
	cross: string;
	warning: string;
	info: string;
	pointer: string;
	arrowRight: string;
	bullet: string;
	ellipsis: string;
	/** Between key hints and inline facts: `Enter next · Esc back`. */
	separator: string;
	/** Marks the current value in a choice list. */
	current: string;
	/** Masks one character of a secret. */
	mask: string;
	/** Spinner frames; slow on purpose (see the frame rate in source/cli). */
	spinner: string[];
	/** Ink borderStyle name. */
	border: 'round' | 'classic';
};

const unicode: Symbols = {
	tick: '✔',
	cross: '✘',
	warning: '⚠',
	info: 'ℹ',
	pointer: '❯',
	arrowRight: '→',
	bullet: '•',
	ellipsis: '…',
	separator: ' · ',
	current: '●',
	mask: '•',
	spinner: ['◐', '◓', '◑', '◒'],
	border: 'round',
};

const ascii: Symbols = {
	tick: 'OK',
	cross: 'x',
	warning: '!',
	info: 'i',
	pointer: '>',
	arrowRight: '->',
	bullet: '*',
	ellipsis: '...',
	separator: ' | ',
	current: '*',
	mask: '*',
	spinner: ['|', '/', '-', '\\'],
	border: 'classic',
};

export const symbolsFor = (isUnicode: boolean): Symbols => (isUnicode ? unicode : ascii);
