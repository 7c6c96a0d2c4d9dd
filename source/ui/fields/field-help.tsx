// The focused field's heading and guidance: label with its API name, one line of plain help and
// an example next to the value in effect now.
import React, {memo} from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {terminalText} from './terminal-text.js';

export type FieldHelpProps = {
	label: string;
	apiName: string;
	help: string;
	example: string;
	current: string;
};

export const FieldHelp = memo(function FieldHelp({label, apiName, help, example, current}: FieldHelpProps) {
	const {unicode, color, symbols} = useUiEnvironment();
	const text = (s: string) => terminalText(s, unicode);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text color={color ? 'cyan' : undefined}>{symbols.pointer}</Text> <Text bold>{text(label)}</Text>
				<Text dimColor>{` (${apiName})`}</Text>
			</Text>
			<Text dimColor wrap="truncate-end">
				{'  '}
				{text(help)}
			</Text>
			<Text dimColor wrap="truncate-end">
				{`  Example: ${text(example)}  ${symbols.bullet} Now: ${text(current)}`}
			</Text>
		</Box>
	);
});
