// The body of the review when there is something to send: what changes, what that means for the
// tunnels and clients, advice, and the CLI command, cut to the rows the screen has.
import React from 'react';
import {Box, Text} from 'ink';
import type {Advisory, ConfigDiff} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {useColumns} from '../../fields/columns.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {terminalText} from '../../fields/terminal-text.js';
import {advisoryText, changeKindLine, consequenceSentences} from './review-model.js';
import {CliCommandView} from './cli-command-view.js';
import {DiffTable} from './diff-table.js';
import {planReviewRows} from './review-layout.js';

export type ReviewSummaryProps = {
	diff: ConfigDiff;
	advisories: readonly Advisory[];
	command?: string;
	bodyRows: number;
	noticeLines: number;
	choiceRows: number;
};

export function ReviewSummary({diff, advisories, command, bodyRows, noticeLines, choiceRows}: ReviewSummaryProps) {
	const {unicode, symbols} = useUiEnvironment();
	const columns = useColumns();
	const summary = consequenceSentences(diff);
	const rows = planReviewRows({rows: bodyRows, columns, noticeLines, changes: diff.changes.length, summary, advisories: advisories.length, choiceRows});
	const dropsClients = diff.affectedClients > 0;
	return (
		<Box flexDirection="column">
			<DiffTable changes={diff.changes} limit={rows.changeRows} />
			<FittedLine pieces={[{text: `${dropsClients ? symbols.warning : symbols.info} ${changeKindLine(diff)}`, color: dropsClients ? 'yellow' : undefined}]} />
			{summary.slice(0, rows.summarySentences).map(sentence => (
				<Box key={sentence} paddingLeft={2}>
					<Text>{terminalText(sentence, unicode)}</Text>
				</Box>
			))}
			{advisories.slice(0, rows.advisoryRows).map(advisory => (
				<FittedLine key={advisory.field + advisory.message} pieces={[{text: `${symbols.warning} ${advisoryText(advisory)}`, color: 'yellow'}]} />
			))}
			{command ? <CliCommandView command={command} /> : undefined}
		</Box>
	);
}
