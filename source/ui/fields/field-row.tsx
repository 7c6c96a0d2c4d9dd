// A field that does not have focus: one line, `Label: value`, with what it was before when the
// user changed it and a mark when it needs fixing (✘) or is weak (⚠, the advice shows on focus). Memoised: typing in another field does not
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
	/** An advisory is about this value: a weak setting, seen without focusing every field. */
	isAdvised?: boolean;
};

export const FieldRow = memo(function FieldRow({label, value, was, hasIssue, isAdvised = false}: FieldRowProps) {
	const {symbols} = useUiEnvironment();
	const mark = (hasIssue ? symbols.cross : isAdvised ? symbols.warning : '').padEnd([...symbols.pointer].length);
	return (
		<FittedLine
			pieces={[
				{text: `${mark} `, color: hasIssue ? 'red' : 'yellow'},
				{text: `${label}: `, dim: true},
				value,
				{text: was === undefined ? '' : ` (was ${was})`, dim: true},
			]}
		/>
	);
});
