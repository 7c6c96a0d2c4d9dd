// Follow the sent update until it is verified, then show the summary: each screen's callbacks
// turned into reducer actions, the verdict recorded, and the way out with its final lines.
import React, {useMemo} from 'react';
import {configFromServer} from '../../domain/index.js';
import {outcomeOfWatch} from '../../engine/update.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {PhaseProps} from './phase-props.js';
import {recordVerdict} from './record-verdict.js';
import {serverLabel} from './server-label.js';
import {useServices} from './services-context.js';
import {StatusScreen} from './status-screen.js';
import {SummaryScreen} from './summary-screen.js';
import {watchTarget} from './watch-target.js';

export function VerifyUpdatePhases({state, dispatch, options, isActive, end}: PhaseProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const label = serverLabel(state, symbols.separator);
	const target = useMemo(() => watchTarget(state), [state.submission, state.pending]);
	const {connection, loaded} = state;
	const answerLost = state.submission?.answerLost !== undefined;
	const requestIds = state.submission?.requestIds ?? [];
	const auditProblem = services.auditLog.problem();

	switch (state.phase) {
		case 'status': {
			return connection && target ? (
				<StatusScreen
					connection={connection}
					target={target}
					serverLabel={label}
					timeoutMs={options.timeoutMs}
					connectionFlags={options.connectionFlags}
					isActive={isActive}
					answerLost={state.submission?.answerLost}
					onOutcome={(outcome, history) => {
						void recordVerdict(services, state, outcome);
						if (outcome.kind === 'mismatch') {
							dispatch({type: 'verdict-read', outcome: outcomeOfWatch(outcome, {requestIds, answerLost})});
						}

						if (outcome.kind === 'verified') {
							dispatch({
								type: 'verified',
								verification: outcome.verification,
								config: configFromServer(outcome.server),
								internetIp: outcome.server.internetIp,
								history,
							});
						}
					}}
					onFinish={outcome => {
						end(outcomeOfWatch(outcome, {requestIds, answerLost}), target);
					}}
					onLeave={() => {
						void recordVerdict(services, state, {kind: 'aborted'}).finally(() => {
							end({kind: 'left', answerLost}, target);
						});
					}}
				/>
			) : null;
		}

		case 'summary': {
			return state.verifiedConfig ? (
				<SummaryScreen
					config={state.verifiedConfig}
					ipsecServerId={state.loaded?.server.ipsecServerId ?? target?.ipsecServerId ?? ''}
					gatewayInternetIp={loaded?.gateway.internetIp || state.verifiedInternetIp || ''}
					serverLabel={label}
					auditLogPath={auditProblem ? `${services.auditLog.path} could not be written; the change itself is not undone` : services.auditLog.path}
					history={state.statusHistory ?? []}
					isActive={isActive}
					onDone={() => {
						// The verdict line may still be on its way to disk: the way out waits for it.
						end({kind: 'verified', requestIds, answerLost}, target);
					}}
				/>
			) : null;
		}

		default: {
			return null;
		}
	}
}
