// Step 6: how clients prove who they are. The key is masked everywhere; Ctrl+R (or r outside a
// text field) shows it, for as long as this step is on screen.
import React, {useState} from 'react';
import type {Key} from 'ink';
import {maskSecret} from '../../../domain/index.js';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {pskOfDraft, type Draft} from '../draft.js';
import {pskActionField, pskEnabledField, typedPskField, type FieldSpec} from '../field-specs.js';
import {FittedLine} from '../../fields/fitted-line.js';
import {FieldStep} from '../field-step.js';
import {fieldStepHints} from '../step-hints.js';
import type {StepProps} from '../step-props.js';

export function AuthStep(props: StepProps) {
	const {symbols} = useUiEnvironment();
	const [revealed, setRevealed] = useState(false);
	const {draft} = props;
	const fields = draft.pskAction === 'replace' ? [pskActionField, typedPskField, pskEnabledField] : [pskActionField, pskEnabledField];

	const onKey = (input: string, key: Key, focused: FieldSpec) => {
		const reveal = (key.ctrl && input === 'r') || (input === 'r' && !key.ctrl && !key.meta && focused.kind === 'choice');
		if (reveal) {
			setRevealed(!revealed);
		}

		return reveal;
	};

	const shownKey = revealed ? pskOfDraft(draft) : maskSecret(pskOfDraft(draft), symbols.mask);
	const keyLine = draft.pskAction === 'replace' ? undefined : (
		<FittedLine
			pieces={[
				{text: `  ${draft.pskAction === 'keep' ? 'Key in use' : 'New key'}: `, dim: true},
				shownKey,
				{text: revealed ? '  (Ctrl+R hides it)' : '  (Ctrl+R shows it)', dim: true},
			]}
		/>
	);
	const hints = (focused: FieldSpec) => fieldStepHints(focused, {always: [`Ctrl+R ${revealed ? 'hide' : 'show'} key`]});
	return (
		<FieldStep {...props} step={6} fields={fields} hints={hints} revealed={revealed} onKey={onKey}>
			{keyLine}
		</FieldStep>
	);
}
