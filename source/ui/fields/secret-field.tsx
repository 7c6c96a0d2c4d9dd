// A secret being typed: one mask character per character typed (feedback while typing), the
// real text only when the user asked to reveal it. The secret itself is never in the tree
// otherwise, so it cannot reach a frame, a log or a screenshot.
import React from 'react';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {TextField} from './text-field.js';

export type SecretFieldProps = {
	value: string;
	cursor: number;
	indent: number;
	revealed: boolean;
	placeholder?: string;
};

export function SecretField({value, cursor, indent, revealed, placeholder}: SecretFieldProps) {
	const {symbols} = useUiEnvironment();
	const shown = revealed ? value : symbols.mask.repeat([...value].length);
	return <TextField value={shown} cursor={cursor} indent={indent} placeholder={placeholder} />;
}
