// One line of styled pieces, spelled for the terminal (ASCII when needed), coloured only when
// colour is on, and cut to the width left after its indent.
import React from 'react';
import {Text} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {useColumns} from './columns.js';
import {fitPieces, type Piece} from './fit-pieces.js';
import {terminalText} from './terminal-text.js';

export type FittedLineProps = {
	pieces: ReadonlyArray<Piece | string>;
	/** Columns taken before the line starts (padding of the boxes around it). */
	indent?: number;
};

export function FittedLine({pieces, indent = 0}: FittedLineProps) {
	const {unicode, color, symbols} = useUiEnvironment();
	const columns = useColumns();
	const spelled = pieces.map(piece => {
		const styled = typeof piece === 'string' ? {text: piece} : piece;
		return {...styled, text: terminalText(styled.text, unicode)};
	});
	return (
		<Text>
			{fitPieces(spelled, columns - indent, symbols.ellipsis).map((piece, index) => (
				<Text key={index} dimColor={piece.dim} bold={piece.bold} inverse={piece.inverse} color={color ? piece.color : undefined}>
					{piece.text}
				</Text>
			))}
		</Text>
	);
}
