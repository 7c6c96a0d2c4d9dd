// Text from the domain (help, messages, advisories) is written with typographic characters such
// as `…`, `–` and `→`. Under an ASCII-only terminal (LANG=C) those arrive as garbage, so they are
// spelled in ASCII there and anything else outside ASCII becomes `?`.
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

export function terminalText(text: string, unicode: boolean): string {
	if (unicode) {
		return text;
	}

	// eslint-disable-next-line no-control-regex
	return text.replace(/[^\u0000-\u007F]/gu, character => asciiSpellings[character] ?? '?');
}
