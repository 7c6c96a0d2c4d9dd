// Everything the review had to shorten: every change, every sentence about what it means, every
// advisory and the whole CLI command, wrapped. Reached with `d`, left with `d` or Esc.
import React from 'react';
import {Box, Text} from 'ink';
import type {Advisory, ConfigDiff} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {terminalText} from '../../fields/terminal-text.js';
import {advisoryText} from './review-model.js';
import {CliCommandView} from './cli-command-view.js';
import {DiffTable} from './diff-table.js';

export type ReviewDetailsProps = {diff: ConfigDiff; advisories: readonly Advisory[]; command?: string};

export function ReviewDetails({diff, advisories, command}: ReviewDetailsProps) {
	const {unicode, symbols} = useUiEnvironment();
	return (
		<Box flexDirection="column">
			<DiffTable wrap changes={diff.changes} />
			{diff.summary.map(sentence => (
				<Text key={sentence}>{`${symbols.info} ${terminalText(sentence, unicode)}`}</Text>
			))}
			{advisories.map(advisory => (
				<Text key={advisory.field + advisory.message}>{`${symbols.warning} ${terminalText(advisoryText(advisory), unicode)}`}</Text>
			))}
			{command ? <CliCommandView full command={command} /> : undefined}
		</Box>
	);
}
