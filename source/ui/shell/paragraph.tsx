// Wrapped text from outside the UI (service errors, domain sentences), spelled in ASCII when the
// terminal is not UTF-8.
import React from 'react';
import {Text, type TextProps} from 'ink';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from './ui-environment.js';

export function Paragraph({text, ...props}: {text: string} & Omit<TextProps, 'children' | 'wrap'>) {
	const {unicode} = useUiEnvironment();
	return (
		<Text {...props} wrap="wrap">
			{terminalText(text, unicode)}
		</Text>
	);
}
