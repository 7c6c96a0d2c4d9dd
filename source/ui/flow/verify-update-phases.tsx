// Follow the sent update until it is verified, then show the summary: each screen's callbacks
// turned into reducer actions, the verdict recorded, and the way out with its final lines.
import React, {useMemo} from 'react';
import {configFromServer} from '../../domain/index.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {PhaseProps} from './phase-props.js';
import {recordVerdict} from './record-verdict.js';
import {serverLabel} from './server-label.js';
import {useServices} from './services-context.js';
import {formatDuration, outcomeLines, reattachCommand} from './status-lines.js';
import {StatusScreen} from './status-screen.js';
import {SummaryScreen} from './summary-screen.js';
import {watchTarget} from './watch-target.js';

/** The final lines, and the audit log's failure when a line could not be written. */
const withAuditProblem = (lines: string[], problem: string | undefined): string[] => (problem ? [...lines, problem] : lines);

export function VerifyUpdatePhases({state, dispatch, options, isActive, exit}: PhaseProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const label = serverLabel(state, symbols.separator);
	const target = useMemo(() => watchTarget(state), [state.submission, state.pending]);
	const follow = target ? {...target, connectionFlags: options.connectionFlags} : undefined;
	const {connection, loaded} = state;
	const answerLost = state.submission?.answerLost !== undefined;
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
							dispatch({type: 'verdict-read', lines: outcomeLines(outcome, follow!, formatDuration(options.timeoutMs), {answerLost})});
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
						exit(outcome.kind === 'active' ? 0 : 1, withAuditProblem(outcomeLines(outcome, follow!, formatDuration(options.timeoutMs), {answerLost}), services.auditLog.problem()));
					}}
					onLeave={() => {
						void recordVerdict(services, state, {kind: 'aborted'}).finally(() => {
							exit(
								130,
								withAuditProblem(
									[
										answerLost
											? `Left before the outcome was known; the update may have been applied. Follow it with: ${reattachCommand(follow!)}`
											: `Left before verification; the update goes on. Follow it with: ${reattachCommand(follow!)}`,
									],
									services.auditLog.problem(),
								),
							);
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
						const verdict = answerLost ? 'Applied and verified, although the answer to the update was lost.' : 'Verified.';
						// The verdict line may still be on its way to disk: whether it got there is part of the last line.
						void services.auditLog.settled().then(() => {
							const problem = services.auditLog.problem();
							exit(0, problem ? [verdict, problem] : [`${verdict} Audit log: ${services.auditLog.path}`]);
						});
					}}
				/>
			) : null;
		}

		default: {
			return null;
		}
	}
}
