// The one field that has focus, expanded: guidance, the input itself (text, secret or a limited
// choice list) and the line that says what is wrong or advised.
import React from 'react';
import {Box} from 'ink';
import {apiFieldNames} from '../../domain/index.js';
import {fieldInfo} from '../../domain/index.js';
import {AdvisoryLine} from '../fields/advisory-line.js';
import {FieldHelp} from '../fields/field-help.js';
import {SecretField} from '../fields/secret-field.js';
import {SelectField} from '../fields/select-field.js';
import {TextField} from '../fields/text-field.js';
import {specLabel, type FieldSpec} from './field-specs.js';

export type FocusedFieldProps = {
	spec: FieldSpec;
	value: string;
	/** The value loaded from the server, as the field holds it. */
	loadedValue: string;
	cursor: number;
	revealed: boolean;
	error?: string;
	refused: boolean;
	advisory?: string;
};

const inputIndent = 2;
const choiceLimit = 5;

export function FocusedField({spec, value, loadedValue, cursor, revealed, error, refused, advisory}: FocusedFieldProps) {
	const info = fieldInfo[spec.field];
	const label = specLabel(spec);
	const now = spec.kind === 'choice' ? spec.display(loadedValue) : spec.kind === 'secret' ? 'hidden' : loadedValue || '(empty)';
	return (
		<Box flexDirection="column">
			<FieldHelp label={label} apiName={apiFieldNames[spec.field]} help={info.help} example={spec.kind === 'secret' ? 'at least 16 random characters' : info.example} current={now} />
			{spec.kind === 'choice' ? (
				<SelectField options={spec.options} value={value} currentValue={loadedValue} limit={choiceLimit} />
			) : (
				<Box paddingLeft={inputIndent}>
					{spec.kind === 'secret' ? (
						<SecretField value={value} cursor={cursor} indent={inputIndent} revealed={revealed} placeholder={spec.placeholder} />
					) : (
						<TextField value={value} cursor={cursor} indent={inputIndent} placeholder={spec.placeholder} />
					)}
				</Box>
			)}
			<AdvisoryLine error={error} refused={refused} advisory={advisory} />
		</Box>
	);
}
