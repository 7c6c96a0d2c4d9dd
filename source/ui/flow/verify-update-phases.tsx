// The sent (or re-attached) update followed until it is verified, then the summary: the runner's
// progress as the status screen, its keys turned into reducer actions (the runner records the
// verdict; the way out goes through the outcome table).
import React from 'react';
import {wizardEnding} from '../../cli/outcome-table.js';
import {clientProfileDirectory} from '../../domain/client-profiles/profile-directory.js';
import {followedUpdate, type PhaseState} from './app-reducer.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {PhaseProps} from './phase-props.js';
import {serverLabel} from './server-label.js';
import {StatusScreen} from './status-screen.js';
import {SummaryScreen} from './summary-screen.js';

/** The live status's elapsed time: nothing until its first tick. */
const elapsedSince = (since: number | undefined, clock: number | undefined): number =>
	since === undefined || clock === undefined ? 0 : Math.max(0, clock - since);

export function VerifyUpdatePhases({state, dispatch, options, isActive}: PhaseProps<PhaseState<'status' | 'summary'>>) {
	const {symbols} = useUiEnvironment();
	const label = serverLabel(state, symbols.separator);
	const follow = followedUpdate(state);
	const {journey} = state;
	// The update followed: the one submitted (its server loaded), or the unfinished one re-attached.
	const target = 'submission' in state ? state.submission.plan : state.pending;
	const {auditLogPath} = state;
	const {auditProblem} = journey;

	switch (state.phase) {
		case 'status': {
			const outcome = journey.outcome;
			// The verdict in the outcome table's words (what Enter then prints), the audit problem apart.
			const verdict = outcome
				? {
						lines: wizardEnding(outcome, {follow, connectionFlags: options.connectionFlags, timeoutMs: options.timeoutMs, audit: {auditLogPath}}).lines,
						good: outcome.kind === 'verified' || outcome.kind === 'gateway-active',
					}
				: undefined;
			return (
				<StatusScreen
					vpnGatewayId={target.vpnGatewayId}
					progress={journey}
					verdict={verdict}
					serverLabel={label}
					isActive={isActive}
					answerLost={'submission' in state ? state.submission.answerLost : undefined}
					auditProblem={auditProblem}
					elapsedMs={elapsedSince(journey.followingSince, state.clock)}
					onFinish={() => {
						dispatch({type: 'finish-requested'});
					}}
					onLeave={() => {
						dispatch({type: 'leave-requested'});
					}}
				/>
			);
		}

		case 'summary': {
			const {ipsecServerId} = target;
			const profileDirectory = clientProfileDirectory(state.workingDirectory, ipsecServerId);
			return (
				<SummaryScreen
					config={state.verifiedConfig}
					ipsecServerId={ipsecServerId}
					profiles={state.profiles}
					profileDirectory={profileDirectory}
					onProfiles={event => {
						dispatch(
							event.kind === 'open'
								? {type: 'profiles-opened'}
								: event.kind === 'close'
									? {type: 'profiles-closed'}
									: {type: 'profiles-requested', includePsk: event.includePsk, directory: profileDirectory},
						);
					}}
					gatewayInternetIp={('loaded' in state ? state.loaded.gateway.internetIp : '') || state.verifiedInternetIp}
					serverLabel={label}
					auditLogPath={auditProblem ? `${auditLogPath} could not be written; the change itself is not undone` : auditLogPath}
					history={state.statusHistory}
					isActive={isActive}
					onDone={() => {
						// The verdict line may still be on its way to disk: the way out waits for it.
						dispatch({type: 'summary-done'});
					}}
				/>
			);
		}
	}
}
