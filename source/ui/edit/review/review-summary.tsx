// The body of the review when there is something to send: what changes, what that means for the
// tunnels and clients, advice, and the CLI command, fitted to the rows the screen has. Sentences
// and advice wrap at words (never cut at the edge); the command is shortened at whole options.
import React from 'react';
import {Box} from 'ink';
import type {Advisory, ConfigDiff} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {Paragraph, paragraphLines} from '../../shell/paragraph.js';
import {useColumns} from '../../fields/columns.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {terminalText} from '../../fields/terminal-text.js';
import {advisoryText, changeKindLine, consequenceSentences} from './review-model.js';
import {DiffTable} from './diff-table.js';
import {planReviewRows, shortCommand} from './review-layout.js';

export type ReviewSummaryProps = {
	diff: ConfigDiff;
	advisories: readonly Advisory[];
	command?: string;
	bodyRows: number;
	noticeLines: number;
	choiceRows: number;
};

const commandLabel = 'CLI: ';

export function ReviewSummary({diff, advisories, command, bodyRows, noticeLines, choiceRows}: ReviewSummaryProps) {
	const {unicode, symbols, color} = useUiEnvironment();
	const columns = useColumns();
	const summary = consequenceSentences(diff);
	const kind = changeKindLine(diff);
	const kindMark = diff.affectedClients > 0 ? symbols.warning : symbols.info;
	const kindLines = paragraphLines(kind, columns, {mark: kindMark, unicode}).length;
	const advisoryLines = advisories.map(advisory => paragraphLines(advisoryText(advisory), columns, {mark: symbols.warning, unicode}).length);
	const rows = planReviewRows({rows: bodyRows, columns, noticeLines, changes: diff.changes.length, summary, advisories: advisories.length, advisoryLines, kindLines, choiceRows});
	const dropsClients = diff.affectedClients > 0;
	return (
		<Box flexDirection="column">
			<DiffTable changes={diff.changes} limit={rows.changeRows} />
			<Paragraph mark={kindMark} text={kind} color={dropsClients && color ? 'yellow' : undefined} />
			{summary.slice(0, rows.summarySentences).map(sentence => (
				<Box key={sentence} paddingLeft={2}>
					<Paragraph text={sentence} indent={2} />
				</Box>
			))}
			{advisories.slice(0, rows.advisoryRows).map(advisory => (
				<Paragraph key={advisory.field + advisory.message} mark={symbols.warning} color={color ? 'yellow' : undefined} text={advisoryText(advisory)} />
			))}
			{command ? <FittedLine pieces={[{text: commandLabel, dim: true}, shortCommand(terminalText(command, unicode), columns - commandLabel.length)]} /> : undefined}
		</Box>
	);
}
