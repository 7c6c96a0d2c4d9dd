// The lines under the focused field: what is wrong (red, blocks Enter), else advice (not an
// error), else blank. Always exactly three rows, enough for one sentence at 60 columns, so the
// screen does not jump while typing.
import React, {memo} from 'react';
import {Box, Text} from 'ink';
import {Paragraph} from '../shell/paragraph.js';
import {useUiEnvironment} from '../shell/ui-environment.js';

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
	const {color, symbols} = useUiEnvironment();
	// Wrapped by the one rule for messages (continuation lines under the text, past the mark).
	if (error !== undefined) {
		const prefix = refused ? 'Fix this to go on: ' : '';
		return <Paragraph mark={symbols.cross} indent={2} text={`${prefix}${error}`} color={color ? 'red' : undefined} bold={refused} />;
	}

	if (advisory !== undefined) {
		return <Paragraph mark={symbols.warning} indent={2} text={advisory} color={color ? 'yellow' : undefined} />;
	}

	return <Text> </Text>;
}
