// Everything the review had to shorten, as a window of rows that ↑/↓ (and PgUp/PgDn) scroll.
// Reached with `d`, left with `d` or Esc.
import React from 'react';
import {Box, Text} from 'ink';
import type {Advisory, ConfigDiff} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {useColumns} from '../../fields/columns.js';
import {terminalText} from '../../fields/terminal-text.js';
import {detailLines} from './details-lines.js';

export type ReviewDetailsProps = {
	diff: ConfigDiff;
	advisories: readonly Advisory[];
	command?: string;
	/** First row shown; clamped here. */
	offset: number;
	rows: number;
};

export function useDetailLines(diff: ConfigDiff | undefined, advisories: readonly Advisory[], command: string | undefined) {
	const {unicode, symbols} = useUiEnvironment();
	const columns = useColumns();
	return diff ? detailLines(diff, advisories, command && terminalText(command, unicode), columns, symbols).map(line => ({...line, text: terminalText(line.text, unicode)})) : [];
}

export function ReviewDetails({diff, advisories, command, offset, rows}: ReviewDetailsProps) {
	const {color} = useUiEnvironment();
	const lines = useDetailLines(diff, advisories, command);
	const start = Math.min(Math.max(offset, 0), Math.max(lines.length - rows, 0));
	const tones = {heading: {bold: true}, info: {}, warning: {color: color ? 'yellow' : undefined}, code: {}};
	return (
		<Box flexDirection="column">
			{lines.slice(start, start + rows).map((line, index) => (
				<Text key={start + index} {...(line.tone ? tones[line.tone] : {})}>
					{line.text}
				</Text>
			))}
		</Box>
	);
}
