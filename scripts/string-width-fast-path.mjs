// Ink measures every line of every frame with string-width, which for any text outside printable
// ASCII segments it into graphemes with Intl.Segmenter. The first segmentation in a process loads
// ICU's break-iterator data (12-20 ms here), and the first frame of the wizard always has a `·` or a
// spinner glyph in it. These characters, alone or next to one another, are one column wide by
// string-width's own rules (a test checks each against the unpatched code, in both copies), so a
// line made only of them and printable ASCII is as wide as it is long. The build patches both copies
// in the bundle (Ink's string-width 8, wrap-ansi's 7) and fails if either no longer matches.
import {readFile} from 'node:fs/promises';

/** One column each, in string-width 7 and 8 with default options; none joins a grapheme cluster. */
export const narrowCharacters = '…–—·→←↑↓•≤≥❯✘●◐◓◑◒“”‘’×§éü╭╮╰╯─│';

const escaped = [...narrowCharacters].map(character => `\\u${character.codePointAt(0).toString(16).padStart(4, '0')}`).join('');
const anchor = '\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};';
// Ambiguous-width characters (·, …, ×) are narrow only by default, hence the option check.
const fastPath = `\tif (ambiguousIsNarrow && /^[\\u0020-\\u007E${escaped}]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n\n`;

export const stringWidthFastPath = {
	name: 'string-width-fast-path',
	setup(build) {
		build.onLoad({filter: /[\\/]string-width[\\/]index\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			if (source.split(anchor).length !== 2) {
				throw new Error(`string-width-fast-path: ${path} changed; check whether the fast path still fits.`);
			}

			return {contents: source.replace(anchor, `${fastPath}${anchor}`), loader: 'js'};
		});
	},
};
