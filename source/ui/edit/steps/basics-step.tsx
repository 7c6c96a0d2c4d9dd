// Step 3: the server's name, the VPC blocks clients may reach and the pool clients get addresses from.
import React from 'react';
import {basicsFields} from '../field-specs.js';
import {FieldStep} from '../field-step.js';
import {fieldStepHints} from '../step-hints.js';
import type {StepProps} from '../step-props.js';

export function BasicsStep(props: StepProps) {
	return <FieldStep {...props} step={3} fields={basicsFields} hints={focused => fieldStepHints(focused)} />;
}
