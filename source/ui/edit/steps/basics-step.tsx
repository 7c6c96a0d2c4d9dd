// Step 3: the server's name, the VPC blocks clients may reach and the pool clients get addresses from.
import React from 'react';
import {Screen} from '../../shell/screen.js';
import {basicsFields} from '../field-specs.js';
import {StepForm} from '../step-form.js';
import type {StepProps} from '../step-props.js';

export function BasicsStep(props: StepProps) {
	return (
		<Screen step={3} serverLabel={props.serverLabel} hints={['Enter next', 'Tab field', 'Esc back', '? help', 'Ctrl+C quit']}>
			<StepForm
				fields={basicsFields}
				draft={props.draft}
				loadedDraft={props.loadedDraft}
				checks={props.checks}
				context={props.context}
				onDraftChange={props.onDraftChange}
				onDone={props.onNext}
				onBack={props.onBack}
			/>
		</Screen>
	);
}
