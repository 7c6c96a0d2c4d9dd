// Steps 3 to 8 of the wizard: the App holds the draft and the current step (so nothing typed is
// lost whatever happens around it); this component shows the step and turns keys into changes.
import React, {useMemo} from 'react';
import {type FieldChange, type IpsecServer, type IpsecServerConfig, type ServerContext, type UpdatePlan} from '../../domain/index.js';
import {ColumnsProvider} from '../fields/columns.js';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {draftChecker} from './draft-checks.js';
import {draftFromConfig, type Draft} from './draft.js';
import type {EditNotice} from './edit-notice.js';
import {nextStep, previousStep, type EditStepId} from './edit-steps.js';
import {ReviewStep} from './review/review-step.js';
import type {StepProps} from './step-props.js';
import {ApplyStep} from './steps/apply-step.js';
import {AuthStep} from './steps/auth-step.js';
import {BasicsStep} from './steps/basics-step.js';
import {IkeStep} from './steps/ike-step.js';
import {IpsecStep} from './steps/ipsec-step.js';
import type {ClientTokenSource} from '../../domain/client-token.js';

export type {EditNotice} from './edit-notice.js';
export type {EditStepId} from './edit-steps.js';

export type EditFlowProps = {
	server: IpsecServer;
	/** The server's configuration, worked out once when it was loaded: what the draft is compared with. */
	base: IpsecServerConfig;
	context: ServerContext;
	draft: Draft;
	onDraftChange(draft: Draft): void;
	step: EditStepId;
	onStepChange(step: EditStepId): void;
	/** Esc on Basics: leave the edit flow. */
	onExitBack(): void;
	/** `changes`: the review's diff of the pair (so it is not worked out again). */
	onSubmit(plan: UpdatePlan, edited: IpsecServerConfig, changes: FieldChange[]): void;
	onNothingToChange(): void;
	onCancel(): void;
	notice?: EditNotice;
	/** Where the review's ClientToken comes from (the run's namespace and the attempt). */
	clientToken: ClientTokenSource;
};

export function serverLabelOf(server: IpsecServer, separator: string): string {
	return `${server.ipsecServerName} (${server.ipsecServerId})${separator}${server.regionId}`;
}

export function EditFlow(props: EditFlowProps) {
	return (
		<ColumnsProvider>
			<EditStep {...props} />
		</ColumnsProvider>
	);
}

function EditStep(props: EditFlowProps) {
	const {server, base: loaded, context, draft, step, onStepChange} = props;
	const loadedDraft = useMemo(() => draftFromConfig(loaded), [loaded]);
	const checksOf = useMemo(() => draftChecker(loaded, context), [loaded, context]);
	const {unicode, symbols} = useUiEnvironment();
	const serverLabel = terminalText(serverLabelOf(server, symbols.separator), unicode);
	const goBack = () => {
		const previous = previousStep(step);
		if (previous) {
			onStepChange(previous);
		} else {
			props.onExitBack();
		}
	};

	if (step === 'review') {
		return (
			<ReviewStep
				draft={draft}
				loaded={loaded}
				context={context}
				serverLabel={serverLabel}
				notice={props.notice}
				clientToken={props.clientToken}
				onSubmit={props.onSubmit}
				onNothingToChange={props.onNothingToChange}
				onCancel={props.onCancel}
				onStepChange={onStepChange}
				onBack={goBack}
			/>
		);
	}

	const stepProps: StepProps = {
		draft,
		loadedDraft,
		checksOf,
		context,
		serverLabel,
		onDraftChange: props.onDraftChange,
		onNext: () => onStepChange(nextStep(step) ?? 'review'),
		onReview: () => onStepChange('review'),
		onBack: goBack,
	};
	switch (step) {
		case 'basics': {
			return <BasicsStep key={step} {...stepProps} />;
		}

		case 'ike': {
			return <IkeStep key={step} {...stepProps} />;
		}

		case 'ipsec': {
			return <IpsecStep key={step} {...stepProps} />;
		}

		case 'auth': {
			return <AuthStep key={step} {...stepProps} />;
		}

		case 'apply': {
			return <ApplyStep key={step} {...stepProps} />;
		}
	}
}
