// Step 4: Phase 1 (IKE), how the client and the gateway agree on keys.
import React from 'react';
import {ikeFields} from '../field-specs.js';
import type {StepProps} from '../step-props.js';
import {PresetStep} from './preset-step.js';

export function IkeStep(props: StepProps) {
	return <PresetStep {...props} step={4} fields={ikeFields} phase="ike" />;
}
