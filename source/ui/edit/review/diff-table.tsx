// The changes, one per line: `Label: before → after`. The PSK arrives from the domain as
// hidden → changed; no value of it is ever here.
import React from 'react';
import {Box, Text} from 'ink';
import type {FieldChange} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {terminalText} from '../../fields/terminal-text.js';

export type DiffTableProps = {
	changes: readonly FieldChange[];
	/** Rows to use; the rest are counted on one more line. */
	limit?: number;
	/** Wrap long values (details view) instead of cutting them. */
	wrap?: boolean;
};

export function DiffTable({changes, limit = changes.length, wrap = false}: DiffTableProps) {
	const {unicode, symbols} = useUiEnvironment();
	const shown = changes.slice(0, limit);
	const hidden = changes.length - shown.length;
	return (
		<Box flexDirection="column">
			<Text bold>{`Changes (${changes.length}):`}</Text>
			{shown.map(change => {
				const pieces = [
					{text: `  ${change.label}: `, dim: true},
					{text: `${change.before} ${symbols.arrowRight} `},
					{text: change.after, bold: true},
				];
				return wrap ? (
					<Text key={change.field}>{pieces.map(piece => terminalText(piece.text, unicode)).join('')}</Text>
				) : (
					<FittedLine key={change.field} pieces={pieces} />
				);
			})}
			{hidden > 0 ? <Text dimColor>{`  ${symbols.ellipsis}and ${hidden} more (d shows all)`}</Text> : undefined}
		</Box>
	);
}
