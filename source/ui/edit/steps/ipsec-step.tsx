// Step 5: Phase 2 (IPsec), how the traffic in the tunnel is protected.
import React from 'react';
import {recommendedIpsecConfig} from '../../../domain/index.js';
import {Screen} from '../../shell/screen.js';
import {ipsecFields} from '../field-specs.js';
import {StepForm} from '../step-form.js';
import type {StepProps} from '../step-props.js';
import {usePreset} from './use-preset.js';

export function IpsecStep(props: StepProps) {
	const preset = usePreset(props.draft, recommendedIpsecConfig, props.onDraftChange);
	const hints = [preset.applied ? 'Recommended settings applied' : 'r recommended', 'Enter next', 'Tab field', 'Esc back', '? help'];
	return (
		<Screen step={5} serverLabel={props.serverLabel} hints={hints}>
			<StepForm
				fields={ipsecFields}
				draft={props.draft}
				loadedDraft={props.loadedDraft}
				checks={props.checks}
				context={props.context}
				onKey={preset.onKey}
				onDraftChange={props.onDraftChange}
				onDone={props.onNext}
				onBack={props.onBack}
			/>
		</Screen>
	);
}
