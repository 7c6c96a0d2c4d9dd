// The App's notice, first on the review so it cannot be missed: red with a cross for an error.
import React from 'react';
import {Box} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {FittedLine} from '../../fields/fitted-line.js';
import type {EditNotice} from '../edit-notice.js';

/** More lines than this are cut, so the review keeps its room. */
export const maxNoticeLines = 3;

export function NoticeView({notice}: {notice: EditNotice}) {
	const {color, symbols} = useUiEnvironment();
	const isError = notice.kind === 'error';
	return (
		<Box flexDirection="column">
			{notice.lines.slice(0, maxNoticeLines).map((line, index) => (
				<FittedLine
					key={index}
					pieces={[{
						text: `${index === 0 ? `${isError ? symbols.cross : symbols.info} ` : '  '}${line}`,
						bold: index === 0,
						color: isError ? 'red' : undefined,
						inverse: isError && !color && index === 0,
					}]}
				/>
			))}
		</Box>
	);
}
