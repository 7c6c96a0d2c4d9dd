// One line of editable text with a visible cursor (inverse cell). No colour needed: inverse works
// on every terminal and with colour off.
import React from 'react';
import {Text} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {useColumns} from './columns.js';
import {textWindow} from './text-window.js';
import {terminalText} from './terminal-text.js';

export type TextFieldProps = {
	value: string;
	cursor: number;
	/** Columns taken by whatever precedes the field on its line. */
	indent: number;
	placeholder?: string;
};

export function TextField({value, cursor, indent, placeholder}: TextFieldProps) {
	const {unicode, symbols} = useUiEnvironment();
	const width = useColumns() - indent;
	if (value === '' && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{terminalText(placeholder, unicode).slice(0, Math.max(width - 1, 0))}</Text>
			</Text>
		);
	}

	// Room for a clipping marker at either end.
	const window = textWindow(terminalText(value, unicode), cursor, width - [...symbols.ellipsis].length * 2 + 2);
	return (
		<Text>
			{window.clippedStart ? <Text dimColor>{symbols.ellipsis}</Text> : undefined}
			{window.before}
			<Text inverse>{window.atCursor}</Text>
			{window.after}
			{window.clippedEnd ? <Text dimColor>{symbols.ellipsis}</Text> : undefined}
		</Text>
	);
}
