// Ink 6.8's Output.get builds every frame from scratch: a fresh cell object for each of the
// screen's cells, each line re-tokenized into styled characters (its caches live in the Output,
// which is created anew for every render), and every row turned back into a string. A full-screen
// step redraws one changed row on a key, yet paid for all of them. Ink 7 still does the same.
// This patch keeps the order of work but defers the cells: get() first collects, for each row, the
// writes that land on it (position and line, after clipping and transformers), then looks the row
// up by those writes in a cache shared across frames; only a row whose writes changed is built,
// by the very same cell-placing steps as before. A row's text depends on nothing else (the
// output's width aside, which is part of the key), so the frame is byte-for-byte what Ink would
// produce (test/cli/ink-output-rows.test.ts compares the two). A line clipped by a box (overflow
// hidden) is likewise cut once, not on every frame. The caches are bounded: past their limit
// they are dropped and refilled by the next frames. The build fails if Ink's code no longer matches.
import {expectEachOnce, patchOnLoad} from './source-patch.mjs';

// The parts of output.js the patch replaces, exactly as Ink 6.8.0 ships them.
const cachesField = '    caches = new OutputCaches();\n';
const rowsInit = `        const output = [];
        for (let y = 0; y < this.height; y++) {
            const row = [];
            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }
            output.push(row);
        }
`;
const placeCells = `                    const characters = this.caches.getStyledChars(line);
                    let offsetX = x;
                    for (const character of characters) {
                        currentLine[offsetX] = character;
                        // Determine printed width using string-width to align with measurement
                        const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
                        // For multi-column characters, clear following cells to avoid stray spaces/artifacts
                        if (characterWidth > 1) {
                            for (let index = 1; index < characterWidth; index++) {
                                currentLine[offsetX + index] = {
                                    type: 'char',
                                    value: '',
                                    fullWidth: false,
                                    styles: character.styles,
                                };
                            }
                        }
                        offsetX += characterWidth;
                    }
`;
const rowsToText = `        const generatedOutput = output
            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })
            .join('\\n');
`;
const outputClass = 'export default class Output {\n';
const clipLine = '                            return sliceAnsi(line, from, to);\n';

// The deferred row: the same blank cells, the same cell-placing loop, the same row-to-text steps.
const rowBuilder = `const outputRowLimit = 1000;
const outputStyledCharLimit = 500;
const outputWidthLimit = 5000;
const outputSliceLimit = 2000;
let sharedOutputCaches;
// One cache for every frame; dropped whole once any part of it outgrows its limit.
function outputCaches() {
    if (sharedOutputCaches === undefined
        || sharedOutputCaches.rows.size > outputRowLimit
        || sharedOutputCaches.styledChars.size > outputStyledCharLimit
        || sharedOutputCaches.widths.size > outputWidthLimit
        || sharedOutputCaches.blockWidths.size > outputWidthLimit
        || sharedOutputCaches.slices.size > outputSliceLimit) {
        sharedOutputCaches = new OutputCaches();
        sharedOutputCaches.rows = new Map();
        sharedOutputCaches.slices = new Map();
    }
    return sharedOutputCaches;
}
// A clipped line (a box with overflow hidden clips every line it holds on every frame).
function outputSlice(caches, line, from, to) {
    const key = from + '\\u0000' + to + '\\u0000' + line;
    let sliced = caches.slices.get(key);
    if (sliced === undefined) {
        sliced = sliceAnsi(line, from, to);
        caches.slices.set(key, sliced);
    }
    return sliced;
}
// A row's text from its writes ([x, line, x, line, …] in the order Ink made them). The key spells
// each line's length, so no two lists of writes share one.
function outputRowText(caches, width, writes) {
    let key = String(width);
    for (let write = 0; write < writes.length; write += 2) {
        key += '\\u0000' + writes[write] + '\\u0000' + writes[write + 1].length + '\\u0000' + writes[write + 1];
    }
    let text = caches.rows.get(key);
    if (text !== undefined) {
        return text;
    }
    const currentLine = [];
    for (let x = 0; x < width; x++) {
        currentLine.push({
            type: 'char',
            value: ' ',
            fullWidth: false,
            styles: [],
        });
    }
    for (let write = 0; write < writes.length; write += 2) {
        const x = writes[write];
        const line = writes[write + 1];
${placeCells.replaceAll(/^ {12}/gm, '').replaceAll('this.caches.', 'caches.')}    }
    const lineWithoutEmptyItems = currentLine.filter(item => item !== undefined);
    text = styledCharsToString(lineWithoutEmptyItems).trimEnd();
    caches.rows.set(key, text);
    return text;
}
`;

/** output.js with rows built only when their writes changed; throws if Ink's code is not the expected one. */
export function patchInkOutput(source, path = 'output.js') {
	expectEachOnce(source, {cachesField, rowsInit, placeCells, rowsToText, outputClass, clipLine}, 'ink-output-rows', path);

	return source
		.replace(outputClass, `${rowBuilder}${outputClass}`)
		.replace(cachesField, '    caches = outputCaches();\n')
		.replace(clipLine, '                            return outputSlice(this.caches, line, from, to);\n')
		.replace(rowsInit, '        const output = [];\n        for (let y = 0; y < this.height; y++) {\n            output.push([]);\n        }\n')
		.replace(placeCells, '                    currentLine.push(x, line);\n')
		.replace(rowsToText, "        const generatedOutput = output.map(writes => outputRowText(this.caches, this.width, writes)).join('\\n');\n");
}

export const inkOutputRows = patchOnLoad('ink-output-rows', {filter: /[\\/]ink[\\/]build[\\/]output\.js$/, patch: patchInkOutput});
