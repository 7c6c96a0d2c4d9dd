// What EditFlow hands every field step.
import type {ServerContext} from '../../domain/index.js';
import type {DraftChecks} from './draft-checks.js';
import type {Draft} from './draft.js';

export type StepProps = {
	draft: Draft;
	loadedDraft: Draft;
	/** The checks of a draft of this server: `draft`, or the step form's own before the App has it. */
	checksOf(draft: Draft): DraftChecks;
	context: ServerContext;
	serverLabel: string;
	onDraftChange(draft: Draft): void;
	onNext(): void;
	/** Straight to the review (the review key), past the steps in between. */
	onReview(): void;
	onBack(): void;
};
