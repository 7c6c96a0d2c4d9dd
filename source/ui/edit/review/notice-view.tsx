// The App's notice, first on the review so it cannot be missed: red with a cross for an error.
import React from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {terminalText} from '../../fields/terminal-text.js';
import type {EditNotice} from '../edit-notice.js';

/** More lines than this are cut, so the review keeps its room. */
export const maxNoticeLines = 3;

export function NoticeView({notice}: {notice: EditNotice}) {
	const {unicode, color, symbols} = useUiEnvironment();
	const isError = notice.kind === 'error';
	return (
		<Box flexDirection="column">
			{notice.lines.slice(0, maxNoticeLines).map((line, index) => (
				<Text key={index} wrap="truncate-end" bold={index === 0} color={isError && color ? 'red' : undefined} inverse={isError && !color && index === 0}>
					{index === 0 ? `${isError ? symbols.cross : symbols.info} ` : '  '}
					{terminalText(line, unicode)}
				</Text>
			))}
		</Box>
	);
}
