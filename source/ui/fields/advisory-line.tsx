// The lines under the focused field: what is wrong (red, blocks Enter), else advice (not an
// error), else blank. Always exactly three rows, enough for one sentence at 60 columns, so the
// screen does not jump while typing.
import React, {memo} from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {terminalText} from './terminal-text.js';

export type AdvisoryLineProps = {
	error?: string;
	/** Set after Enter was refused, to say why nothing happened. */
	refused?: boolean;
	advisory?: string;
};

export const AdvisoryLine = memo(function AdvisoryLine(props: AdvisoryLineProps) {
	return (
		<Box height={3} overflow="hidden" paddingLeft={2}>
			<Message {...props} />
		</Box>
	);
});

function Message({error, refused = false, advisory}: AdvisoryLineProps) {
	const {unicode, color, symbols} = useUiEnvironment();
	if (error !== undefined) {
		const prefix = refused ? 'Fix this to go on: ' : '';
		return (
			<Text color={color ? 'red' : undefined} bold={refused}>
				{`${symbols.cross} ${prefix}${terminalText(error, unicode)}`}
			</Text>
		);
	}

	if (advisory !== undefined) {
		return (
			<Text color={color ? 'yellow' : undefined}>
				{`${symbols.warning} ${terminalText(advisory, unicode)}`}
			</Text>
		);
	}

	return <Text> </Text>;
}
