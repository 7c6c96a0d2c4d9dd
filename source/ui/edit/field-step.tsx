// A field step as EditFlow shows it: the numbered screen frame around the step's form, with the
// step's props handed on (Enter on the last field goes to the next step).
import React from 'react';
import type {Key} from 'ink';
import {Screen} from '../shell/screen.js';
import type {FieldSpec} from './field-specs.js';
import {StepForm} from './step-form.js';
import type {StepProps} from './step-props.js';

export type FieldStepProps = StepProps & {
	step: number;
	fields: readonly FieldSpec[];
	hints: string[];
	onKey?(input: string, key: Key, focused: FieldSpec): boolean;
	revealed?: boolean;
	children?: React.ReactNode;
};

export function FieldStep(props: FieldStepProps) {
	return (
		<Screen step={props.step} serverLabel={props.serverLabel} hints={props.hints}>
			<StepForm
				fields={props.fields}
				draft={props.draft}
				loadedDraft={props.loadedDraft}
				checks={props.checks}
				context={props.context}
				revealed={props.revealed}
				onKey={props.onKey}
				onDraftChange={props.onDraftChange}
				onDone={props.onNext}
				onBack={props.onBack}
			>
				{props.children}
			</StepForm>
		</Screen>
	);
}
