// The hint line of a field step, for the field that has focus: a key is offered only where it
// does what it says (`r` and `?` are text while a text field has focus).
import type {FieldSpec} from './field-specs.js';
import {reviewKeyName} from './review-key.js';

export type StepHints = {
	/** Hints of this step that work on a choice list only (e.g. `r recommended`). */
	onChoice?: string[];
	/** Hints of this step that work on any field (e.g. `Ctrl+R show key`). */
	always?: string[];
	/** A status to show first whatever has focus (e.g. that the preset was applied). */
	status?: string;
};

export function fieldStepHints(focused: FieldSpec, hints: StepHints = {}): string[] {
	const onChoice = focused.kind === 'choice';
	return [
		...(hints.status ? [hints.status] : onChoice ? hints.onChoice ?? [] : []),
		'Enter next',
		`${reviewKeyName} review`,
		'Tab field',
		...(hints.always ?? []),
		'Esc back',
		...(onChoice ? ['? help'] : []),
	];
}
