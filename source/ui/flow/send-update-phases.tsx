// Edit, submit, wait out a busy gateway: each screen's callbacks turned into reducer actions.
// A refused submit goes back to the review with a notice saying why and what is kept.
import React from 'react';
import {EditFlow} from '../edit/edit-flow.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {BusyScreen} from './busy-screen.js';
import {rebaseDraft} from './draft-for-server.js';
import {errorSentence} from './error-text.js';
import type {PhaseProps} from './phase-props.js';
import {serverLabel} from './server-label.js';
import {useServices} from './services-context.js';
import {SubmitScreen} from './submit-screen.js';

const auditProblemLines = (services: {auditLog: {problem(): string | undefined}}): string[] => {
	const problem = services.auditLog.problem();
	return problem ? [problem] : [];
};

export function SendUpdatePhases({state, dispatch, options, isActive, end}: PhaseProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const label = serverLabel(state, symbols.separator);
	const {connection, loaded} = state;

	switch (state.phase) {
		case 'edit': {
			return loaded && state.draft ? (
				<EditFlow
					server={loaded.server}
					context={loaded.context}
					draft={state.draft}
					step={state.editStep}
					notice={state.notice}
					newClientToken={services.newClientToken}
					randomBytes={services.randomBytes}
					onDraftChange={draft => {
						dispatch({type: 'draft-changed', draft});
					}}
					onStepChange={step => {
						dispatch({type: 'edit-step-changed', step});
					}}
					onExitBack={() => {
						dispatch({type: 'edit-exited'});
					}}
					onSubmit={(plan, edited) => {
						dispatch({type: 'submit-requested', plan, edited});
					}}
					onNothingToChange={() => {
						end({kind: 'nothing-to-change'});
					}}
					onCancel={() => {
						end({kind: 'cancelled'});
					}}
				/>
			) : null;
		}

		case 'submit': {
			return connection && loaded && state.submission ? (
				<SubmitScreen
					connection={connection}
					plan={state.submission.plan}
					edited={state.submission.edited}
					loaded={loaded}
					serverLabel={label}
					onSending={() => {
						dispatch({type: 'update-sending'});
					}}
					onSubmitted={requestIds => {
						dispatch({type: 'submitted', requestIds});
					}}
					onUnknown={(error, requestIds) => {
						dispatch({type: 'outcome-unknown', requestIds, reason: error.describe()});
					}}
					onChangedElsewhere={(baseline, changes) => {
						dispatch({type: 'draft-changed', draft: rebaseDraft(state.draft!, loaded.server, baseline.server)});
						dispatch({
							type: 'submit-rejected',
							baseline,
							notice: {
								kind: 'info',
								lines: [
									'Someone changed this server since it was loaded; nothing was sent.',
									...changes.map(change => `Changed: ${change.label} ${change.before} ${symbols.arrowRight} ${change.after}`),
									'Your edits now apply to the server as it is; check the review and submit again.',
								],
							},
						});
					}}
					onBusy={error => {
						dispatch({type: 'gateway-busy', reason: error.describe()});
					}}
					onRejected={(error, _stage, sentence) => {
						// Only refusals and calls that never left come here (a lost answer is onUnknown),
						// so nothing was changed.
						dispatch({
							type: 'submit-rejected',
							notice: {
								kind: 'error',
								lines: [sentence ?? errorSentence(error), 'Nothing was changed; what you typed is kept.', ...auditProblemLines(services)],
							},
						});
					}}
				/>
			) : null;
		}

		case 'busy': {
			return connection && state.submission ? (
				<BusyScreen
					connection={connection}
					regionId={state.submission.plan.regionId}
					vpnGatewayId={state.submission.plan.vpnGatewayId}
					reason={state.busyReason ?? ''}
					serverLabel={label}
					timeoutMs={options.timeoutMs}
					isActive={isActive}
					onRetry={() => {
						dispatch({type: 'retry-requested'});
					}}
					onBackToReview={() => {
						dispatch({type: 'submit-rejected', notice: {kind: 'info', lines: ['Not sent: the gateway was busy. Submit again when ready.']}});
					}}
				/>
			) : null;
		}

		default: {
			return null;
		}
	}
}
