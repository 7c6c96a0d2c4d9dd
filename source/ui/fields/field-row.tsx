// A field that does not have focus: one line, `Label: value`, with what it was before when the
// user changed it and a mark when it needs fixing. Memoised: typing in another field does not
// re-render it.
import React, {memo} from 'react';
import {Text} from 'ink';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {terminalText} from './terminal-text.js';

export type FieldRowProps = {
	label: string;
	value: string;
	/** The loaded value's display form when the value differs from it. */
	was?: string;
	hasIssue: boolean;
};

export const FieldRow = memo(function FieldRow({label, value, was, hasIssue}: FieldRowProps) {
	const {unicode, color, symbols} = useUiEnvironment();
	const mark = hasIssue ? symbols.cross : ' ';
	const text = (s: string) => terminalText(s, unicode);
	return (
		<Text wrap="truncate-end">
			<Text color={hasIssue && color ? 'red' : undefined}>{mark.padEnd(symbols.pointer.length)}</Text>
			{' '}
			<Text dimColor>{text(label)}:</Text> {text(value)}
			{was === undefined ? '' : <Text dimColor>{` (was ${text(was)})`}</Text>}
		</Text>
	);
});
