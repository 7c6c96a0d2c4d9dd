// Wrapped text, most of it from outside the UI (service errors, domain sentences): neutralised,
// spelled in ASCII when the terminal is not UTF-8, and wrapped by the one rule every message
// follows: continuation lines start under the first character of the text, after the mark
// (`✘ `, `⚠ `) when there is one, so a wrapped message reads as one block at one indent.
import React from 'react';
import {Box, Text, type TextProps} from 'ink';
import {terminalText} from '../fields/terminal-text.js';
import {displayWidth} from './display-width.js';
import {useTerminalSize} from './use-terminal-size.js';
import {useUiEnvironment} from './ui-environment.js';
import {wrapLines} from './wrap-lines.js';

export type ParagraphProps = {
	text: string;
	/** Drawn before the first line (a symbol); continuation lines are indented past it. */
	mark?: string;
	/** Columns taken before the paragraph starts (padding of the boxes around it). */
	indent?: number;
	/** At most this many lines (the rest is cut with the ellipsis on the last one). */
	maxLines?: number;
} & Omit<TextProps, 'children' | 'wrap'>;

/** The lines a paragraph takes at this width: for screens that count their rows. */
export function paragraphLines(text: string, columns: number, {mark, indent = 0, unicode = true}: {mark?: string; indent?: number; unicode?: boolean} = {}): string[] {
	const hang = mark === undefined ? 0 : displayWidth(mark) + 1;
	return wrapLines(terminalText(text, unicode), Math.max(8, columns - indent - hang));
}

export function Paragraph({text, mark, indent = 0, maxLines, ...props}: ParagraphProps) {
	const {unicode, symbols} = useUiEnvironment();
	const {columns} = useTerminalSize();
	const all = paragraphLines(text, columns, {mark, indent, unicode});
	const lines = maxLines !== undefined && all.length > maxLines ? [...all.slice(0, maxLines - 1), `${all[maxLines - 1]!}${symbols.ellipsis}`] : all;
	const hang = mark === undefined ? '' : ' '.repeat(displayWidth(mark) + 1);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} {...props} wrap="truncate-end">
					{index === 0 && mark !== undefined ? `${mark} ` : hang}
					{line}
				</Text>
			))}
		</Box>
	);
}
