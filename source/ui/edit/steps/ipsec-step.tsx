// Step 5: Phase 2 (IPsec), how the traffic in the tunnel is protected.
import React from 'react';
import {ipsecFields} from '../field-specs.js';
import type {StepProps} from '../step-props.js';
import {PresetStep} from './preset-step.js';

export function IpsecStep(props: StepProps) {
	return <PresetStep {...props} step={5} fields={ipsecFields} phase="ipsec" />;
}
