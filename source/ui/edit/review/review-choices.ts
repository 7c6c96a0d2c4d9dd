// What the user can do from the review, depending on what the draft amounts to.
import type {ChoiceOption} from '../../fields/select-items.js';
import {editStepIds, editStepTitles, type EditStepId} from '../edit-steps.js';

export type ReviewState = {kind: 'invalid'; fixStep: EditStepId} | {kind: 'empty'} | {kind: 'ready'};

export type ReviewAction =
	| {type: 'submit'}
	| {type: 'finish'}
	| {type: 'cancel'}
	| {type: 'pick-step'}
	| {type: 'go'; step: EditStepId};

const pickStep: ChoiceOption = {value: 'pick-step', label: 'Go back to a step...'};
const cancel: ChoiceOption = {value: 'cancel', label: 'Cancel: change nothing'};

export function reviewChoices(state: ReviewState): ChoiceOption[] {
	switch (state.kind) {
		case 'invalid': {
			return [{value: `go:${state.fixStep}`, label: `Go back to ${editStepTitles[state.fixStep]} to fix it`}, pickStep, cancel];
		}

		case 'empty': {
			return [{value: 'finish', label: 'Finish: nothing to change'}, pickStep];
		}

		case 'ready': {
			return [{value: 'submit', label: 'Submit this change'}, pickStep, cancel];
		}
	}
}

export const stepChoices: ChoiceOption[] = editStepIds
	.filter(step => step !== 'review')
	.map(step => ({value: `go:${step}`, label: editStepTitles[step]}));

export function reviewAction(value: string): ReviewAction | undefined {
	if (value === 'submit' || value === 'finish' || value === 'cancel' || value === 'pick-step') {
		return {type: value};
	}

	const step = editStepIds.find(id => value === `go:${id}`);
	return step ? {type: 'go', step} : undefined;
}
