// The focused field's heading and guidance: label with its API name, one line of plain help and
// an example next to the value in effect now.
import React, {memo} from 'react';
import {Box} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {FittedLine} from './fitted-line.js';

export type FieldHelpProps = {
	label: string;
	apiName: string;
	help: string;
	example: string;
	current: string;
};

export const FieldHelp = memo(function FieldHelp({label, apiName, help, example, current}: FieldHelpProps) {
	const {symbols} = useUiEnvironment();
	return (
		<Box flexDirection="column">
			<FittedLine pieces={[{text: `${symbols.pointer} `, color: 'cyan'}, {text: label, bold: true}, {text: ` (${apiName})`, dim: true}]} />
			<FittedLine pieces={[{text: `  ${help}`, dim: true}]} />
			<FittedLine pieces={[{text: `  Example: ${example}${symbols.separator}Now: ${current}`, dim: true}]} />
		</Box>
	);
});
