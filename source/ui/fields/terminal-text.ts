// Every string reaches the terminal through here. Two jobs:
// - Text from outside (names, IDs, error messages, RequestIds from the service or from files) may
//   carry control characters: ESC starts sequences that set the title, move the cursor or rewrite
//   the screen, and U+009B is CSI by itself. Each control character is shown as a visible
//   one-column stand-in (␛, ␇, …; `?` under ASCII), never written, so a cursor counted in
//   characters still lines up and a hostile name cannot act on the terminal.
// - Text from the domain (help, messages, advisories) is written with typographic characters such
//   as `…`, `–` and `→`. Under an ASCII-only terminal (LANG=C) those arrive as garbage, so they are
//   spelled in ASCII there and anything else outside ASCII becomes `?`.
const asciiSpellings: Record<string, string> = {
	'…': '...',
	'–': '-',
	'—': '-',
	'→': '->',
	'←': '<-',
	'‘': '\'',
	'’': '\'',
	'“': '"',
	'”': '"',
	'×': 'x',
	'≤': '<=',
	'≥': '>=',
	'·': '-',
	'•': '*',
	'\u00A0': ' ',
};

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates (they reorder what
// follows them on the line, so an ID could be shown as a different one).
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The one-column visible stand-in for a control character: its Control Picture, else U+FFFD. */
function controlPicture(character: string): string {
	const code = character.codePointAt(0)!;
	if (code < 0x20) {
		return String.fromCodePoint(0x24_00 + code);
	}

	return code === 0x7F ? '\u2421' : '\uFFFD';
}

/** True when the text carries anything that would act on the terminal rather than show. */
export const hasControlCharacters = (text: string): boolean => new RegExp(controlCharacter.source, 'u').test(text);

export function terminalText(text: string, unicode: boolean): string {
	const visible = text.replace(controlCharacter, controlPicture);
	if (unicode) {
		return visible;
	}

	// eslint-disable-next-line no-control-regex
	return visible.replace(/[^\u0000-\u007F]/gu, character => asciiSpellings[character] ?? '?');
}

/** Several lines, each neutralised on its own: the line breaks between them are ours. */
export const terminalLines = (lines: readonly string[], unicode: boolean): string => lines.map(line => terminalText(line, unicode)).join('\n');
