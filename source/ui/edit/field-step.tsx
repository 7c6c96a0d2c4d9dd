// A field step as EditFlow shows it: the numbered screen frame around the step's form, with the
// step's props handed on (Enter on the last field goes to the next step). The step holds which
// field has focus, so the hint line can follow it.
import React, {useState} from 'react';
import type {Key} from 'ink';
import {Screen} from '../shell/screen.js';
import type {FieldSpec} from './field-specs.js';
import {StepForm, type FocusState} from './step-form.js';
import type {StepProps} from './step-props.js';

export type FieldStepProps = StepProps & {
	step: number;
	fields: readonly FieldSpec[];
	/** The hint line while this field has focus. */
	hints(focused: FieldSpec): string[];
	onKey?(input: string, key: Key, focused: FieldSpec): boolean;
	revealed?: boolean;
	children?: React.ReactNode;
};

export function FieldStep(props: FieldStepProps) {
	const [focus, setFocus] = useState<FocusState>({index: 0, refused: false});
	// The fields can change under the focus (Authentication adds the new key's field).
	const index = Math.min(focus.index, props.fields.length - 1);
	const focused = props.fields[index] ?? props.fields[0]!;
	return (
		<Screen step={props.step} serverLabel={props.serverLabel} hints={props.hints(focused)}>
			<StepForm
				fields={props.fields}
				focus={{index, refused: focus.refused}}
				onFocus={setFocus}
				draft={props.draft}
				loadedDraft={props.loadedDraft}
				checksOf={props.checksOf}
				context={props.context}
				revealed={props.revealed}
				onKey={props.onKey}
				onDraftChange={props.onDraftChange}
				onDone={props.onNext}
				onReview={props.onReview}
				onBack={props.onBack}
			>
				{props.children}
			</StepForm>
		</Screen>
	);
}
