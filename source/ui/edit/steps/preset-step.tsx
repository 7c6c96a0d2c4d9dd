// A field step with a recommended preset one `r` away (Phase 1 and Phase 2).
import React from 'react';
import type {PresetPhase} from '../../../domain/index.js';
import type {FieldSpec} from '../field-specs.js';
import {FieldStep} from '../field-step.js';
import {fieldStepHints} from '../step-hints.js';
import type {StepProps} from '../step-props.js';
import {usePreset} from './use-preset.js';

export type PresetStepProps = StepProps & {step: number; fields: readonly FieldSpec[]; phase: PresetPhase};

export function PresetStep({phase, ...props}: PresetStepProps) {
	const {applied, onKey} = usePreset(props.draft, props.checksOf(props.draft).preview, phase, props.onDraftChange);
	const hints = (focused: FieldSpec) => fieldStepHints(focused, applied ? {status: 'Preset applied'} : {onChoice: ['r recommended']});
	return <FieldStep {...props} hints={hints} onKey={onKey} />;
}
