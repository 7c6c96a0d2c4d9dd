// The same change as an `aliyun` CLI command (the PSK redacted by the domain): one line on the
// review, whole and wrapped on the details view so it can be copied.
import React from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {terminalText} from '../../fields/terminal-text.js';

export function CliCommandView({command, full}: {command: string; full: boolean}) {
	const {unicode} = useUiEnvironment();
	const text = terminalText(command, unicode);
	if (!full) {
		return <FittedLine pieces={[{text: 'CLI: ', dim: true}, text]} />;
	}

	return (
		<Box flexDirection="column">
			<Text dimColor>The same change with the aliyun CLI (key redacted):</Text>
			<Text wrap="wrap">{text}</Text>
		</Box>
	);
}
