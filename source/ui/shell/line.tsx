// One line of text cut to the terminal's width with the environment's ellipsis (Ink's own
// truncation always draws `…`, garbage on an ASCII-only terminal).
import React from 'react';
import {Text, type TextProps} from 'ink';
import {terminalText} from '../fields/terminal-text.js';
import {fitLine} from './fit-line.js';
import {useTerminalSize} from './use-terminal-size.js';
import {useUiEnvironment} from './ui-environment.js';

export function Line({text, indent = 0, ...props}: {text: string; indent?: number} & Omit<TextProps, 'children' | 'wrap'>) {
	const {columns} = useTerminalSize();
	const {symbols, unicode} = useUiEnvironment();
	return (
		<Text {...props} wrap="truncate-end">
			{fitLine(terminalText(text, unicode), Math.max(8, columns - indent), symbols.ellipsis)}
		</Text>
	);
}
