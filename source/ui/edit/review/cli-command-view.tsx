// The same change as an `aliyun` CLI command (the PSK redacted by the domain): one line on the
// review, whole and wrapped on the details view so it can be copied.
import React from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {terminalText} from '../../fields/terminal-text.js';

export function CliCommandView({command, full}: {command: string; full: boolean}) {
	const {unicode} = useUiEnvironment();
	const text = terminalText(command, unicode);
	if (!full) {
		return (
			<Text wrap="truncate-end">
				<Text dimColor>CLI: </Text>
				{text}
			</Text>
		);
	}

	return (
		<Box flexDirection="column">
			<Text dimColor>The same change with the aliyun CLI (key redacted):</Text>
			<Text wrap="wrap">{text}</Text>
		</Box>
	);
}
