// The App's notice, first on the review so it cannot be missed: red with a cross for an error.
// Wrapped, not cut (an error's code and RequestId are at its end), within a fixed number of rows.
import React from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {useColumns} from '../../fields/columns.js';
import {terminalText} from '../../fields/terminal-text.js';
import type {EditNotice} from '../edit-notice.js';
import {rowsFor} from './review-layout.js';

/** Rows the notice may take at most, so the review keeps its room. */
export const maxNoticeRows = 5;

export function noticeRows(notice: EditNotice | undefined, columns: number): number {
	const rows = (notice?.lines ?? []).reduce((sum, line) => sum + rowsFor(line, columns - 2), 0);
	return Math.min(rows, maxNoticeRows);
}

export function NoticeView({notice}: {notice: EditNotice}) {
	const {unicode, color, symbols} = useUiEnvironment();
	const isError = notice.kind === 'error';
	return (
		<Box flexDirection="column" height={noticeRows(notice, useColumns())} overflow="hidden">
			{notice.lines.map((line, index) => (
				<Box key={index}>
					<Box width={2} flexShrink={0}>
						<Text color={isError && color ? 'red' : undefined} bold>{index === 0 ? (isError ? symbols.cross : symbols.info) : ''}</Text>
					</Box>
					<Text color={isError && color ? 'red' : undefined} bold={index === 0} inverse={isError && !color && index === 0}>
						{terminalText(line, unicode)}
					</Text>
				</Box>
			))}
		</Box>
	);
}
