// The edit flow's steps in order, their numbers in the shared frame and which step asks for
// which field (so a problem found on the review can send the user straight to it).
import {entryOf, type FieldName} from '../../domain/index.js';

export const editStepIds = ['basics', 'ike', 'ipsec', 'auth', 'apply', 'review'] as const;
export type EditStepId = (typeof editStepIds)[number];

/** 1-based numbers of stepTitles in source/ui/shell/screen.tsx. */
export const editStepNumbers: Record<EditStepId, number> = {basics: 3, ike: 4, ipsec: 5, auth: 6, apply: 7, review: 8};

export const editStepTitles: Record<EditStepId, string> = {
	basics: 'Basics',
	ike: 'Phase 1 (IKE)',
	ipsec: 'Phase 2 (IPsec)',
	auth: 'Authentication',
	apply: 'When to apply',
	review: 'Review',
};

/** The step that asks for a field (the field catalogue says). */
export function stepOfField(field: FieldName): EditStepId {
	return entryOf(field).step;
}

export function previousStep(step: EditStepId): EditStepId | undefined {
	return editStepIds[editStepIds.indexOf(step) - 1];
}

export function nextStep(step: EditStepId): EditStepId | undefined {
	return editStepIds[editStepIds.indexOf(step) + 1];
}

/** The edit step a number key names (3 to 7: the numbers on the steps' headings), if any. */
export function stepOfNumberKey(input: string): EditStepId | undefined {
	return editStepIds.find(step => step !== 'review' && String(editStepNumbers[step]) === input);
}
