// What stops the change from being sent, one line per field, in the order the wizard asks.
import React from 'react';
import {Box, Text} from 'ink';
import {fieldInfo, type FieldIssue} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {terminalText} from '../../fields/terminal-text.js';

export function ReviewIssues({issues, rows}: {issues: readonly FieldIssue[]; rows: number}) {
	const {unicode, color, symbols} = useUiEnvironment();
	const shown = issues.slice(0, Math.max(rows - 1, 1));
	return (
		<Box flexDirection="column">
			<Text bold color={color ? 'red' : undefined}>{terminalText(`${symbols.cross} Some values must be fixed before this can be sent:`, unicode)}</Text>
			{shown.map(issue => (
				<FittedLine key={issue.field} pieces={[`  ${fieldInfo[issue.field].label}: ${issue.message}`]} />
			))}
		</Box>
	);
}
