// The App's notice, first on the review so it cannot be missed: red with a cross for an error.
// Wrapped, not cut (an error's code and RequestId are at its end), within a fixed number of rows,
// by the one wrap rule (continuation lines under the text, past the mark).
import React from 'react';
import {Box} from 'ink';
import {displayWidth} from '../../shell/display-width.js';
import {Paragraph, paragraphLines} from '../../shell/paragraph.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {useColumns} from '../../fields/columns.js';
import type {EditNotice} from '../edit-notice.js';

/** Rows the notice may take at most, so the review keeps its room. */
export const maxNoticeRows = 5;

/** Every line of a notice hangs past the mark's column, the first one carries it. */
const markOf = (notice: EditNotice, index: number, symbols: {cross: string; info: string}): string => {
	const mark = notice.kind === 'error' ? symbols.cross : symbols.info;
	return index === 0 ? mark : ' '.repeat(displayWidth(mark));
};

export function noticeRows(notice: EditNotice | undefined, columns: number, symbols = {cross: '✘', info: 'ℹ'}): number {
	const rows = (notice?.lines ?? []).reduce((sum, line, index) => sum + paragraphLines(line, columns, {mark: markOf(notice!, index, symbols)}).length, 0);
	return Math.min(rows, maxNoticeRows);
}

export function NoticeView({notice}: {notice: EditNotice}) {
	const {color, symbols} = useUiEnvironment();
	const isError = notice.kind === 'error';
	return (
		<Box flexDirection="column" height={noticeRows(notice, useColumns(), symbols)} overflow="hidden">
			{notice.lines.map((line, index) => (
				<Paragraph
					// eslint-disable-next-line react/no-array-index-key
					key={index}
					mark={markOf(notice, index, symbols)}
					text={line}
					color={isError && color ? 'red' : undefined}
					bold={index === 0}
					inverse={isError && !color && index === 0}
				/>
			))}
		</Box>
	);
}
