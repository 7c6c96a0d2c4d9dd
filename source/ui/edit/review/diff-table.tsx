// The changes, one per line: `Label: before → after`, cut to the width (the details view has
// them whole). The PSK arrives from the domain as hidden → changed; no value of it is ever here.
import React from 'react';
import {Box, Text} from 'ink';
import type {FieldChange} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {FittedLine} from '../../fields/fitted-line.js';

export type DiffTableProps = {
	changes: readonly FieldChange[];
	/** Rows to use; the rest are counted on one more line. */
	limit?: number;
};

export function DiffTable({changes, limit = changes.length}: DiffTableProps) {
	const {symbols} = useUiEnvironment();
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
				return <FittedLine key={change.field} pieces={pieces} />;
			})}
			{hidden > 0 ? <Text dimColor>{`  ${symbols.ellipsis}and ${hidden} more (d shows all)`}</Text> : undefined}
		</Box>
	);
}
