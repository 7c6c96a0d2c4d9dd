// A field that does not have focus: one line, `Label: value`, with what it was before when the
// user changed it and a mark when it needs fixing. Memoised: typing in another field does not
// re-render it.
import React, {memo} from 'react';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {FittedLine} from './fitted-line.js';

export type FieldRowProps = {
	label: string;
	value: string;
	/** The loaded value's display form when the value differs from it. */
	was?: string;
	hasIssue: boolean;
};

export const FieldRow = memo(function FieldRow({label, value, was, hasIssue}: FieldRowProps) {
	const {symbols} = useUiEnvironment();
	const mark = (hasIssue ? symbols.cross : '').padEnd([...symbols.pointer].length);
	return (
		<FittedLine
			pieces={[
				{text: `${mark} `, color: 'red'},
				{text: `${label}: `, dim: true},
				value,
				{text: was === undefined ? '' : ` (was ${was})`, dim: true},
			]}
		/>
	);
});
