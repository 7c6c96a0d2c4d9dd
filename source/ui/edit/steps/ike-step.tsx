// Step 4: Phase 1 (IKE), how the client and the gateway agree on keys.
import React from 'react';
import {recommendedIkeConfig} from '../../../domain/index.js';
import {Screen} from '../../shell/screen.js';
import {ikeFields} from '../field-specs.js';
import {StepForm} from '../step-form.js';
import type {StepProps} from '../step-props.js';
import {usePreset} from './use-preset.js';

export function IkeStep(props: StepProps) {
	const preset = usePreset(props.draft, recommendedIkeConfig, props.onDraftChange);
	const hints = [preset.applied ? 'Recommended settings applied' : 'r recommended', 'Enter next', 'Tab field', 'Esc back', '? help'];
	return (
		<Screen step={4} serverLabel={props.serverLabel} hints={hints}>
			<StepForm
				fields={ikeFields}
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
