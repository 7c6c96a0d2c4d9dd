// Edit, submit, wait out a busy gateway: each screen's callbacks turned into reducer actions. The
// submit's journey is the runner's (use-wizard-runner.ts); a refused submit goes back to the review
// with a notice saying why and what is kept (app-reducer.ts).
import React from 'react';
import {EditFlow} from '../edit/edit-flow.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {BusyScreen} from './busy-screen.js';
import type {PhaseState} from './app-reducer.js';
import type {PhaseProps} from './phase-props.js';
import {serverLabel} from './server-label.js';
import {SubmitScreen} from './submit-screen.js';

export function SendUpdatePhases({state, dispatch, options, isActive}: PhaseProps<PhaseState<'edit' | 'submit' | 'busy'>>) {
	const {symbols} = useUiEnvironment();
	const label = serverLabel(state, symbols.separator);
	const {credentials, loaded} = state;

	switch (state.phase) {
		case 'edit': {
			return (
				<EditFlow
					server={loaded.server}
					base={state.base}
					context={loaded.context}
					draft={state.draft}
					step={state.editStep}
					notice={state.notice}
					clientToken={{namespace: state.clientTokenNamespace, attempt: state.submissions}}
					onDraftChange={draft => {
						dispatch({type: 'draft-changed', draft});
					}}
					onStepChange={step => {
						dispatch({type: 'edit-step-changed', step});
					}}
					onExitBack={() => {
						dispatch({type: 'edit-exited'});
					}}
					onSubmit={(plan, edited, changes) => {
						dispatch({type: 'submit-requested', plan, edited, changes});
					}}
					onNothingToChange={() => {
						dispatch({type: 'nothing-to-change'});
					}}
					onCancel={() => {
						dispatch({type: 'edit-cancelled'});
					}}
				/>
			);
		}

		case 'submit': {
			return <SubmitScreen credentials={credentials} stage={state.journey.stage} clientToken={state.submission.plan.clientToken} serverLabel={label} />;
		}

		case 'busy': {
			return (
				<BusyScreen
					vpnGatewayId={state.submission.plan.vpnGatewayId}
					reason={state.busyReason}
					serverLabel={label}
					status={state.busyStatus.status}
					ready={state.busyStatus.ready}
					isActive={isActive}
					onRetry={() => {
						dispatch({type: 'retry-requested'});
					}}
					onBackToReview={() => {
						dispatch({type: 'submit-rejected', notice: {kind: 'info', lines: ['Not sent: the gateway was busy. Submit again when ready.']}});
					}}
				/>
			);
		}
	}
}
