// The screen for the current phase, wired to the reducer and the exit. One switch, no logic of
// its own beyond turning screen callbacks into actions.
import React, {useMemo, useRef, type Dispatch} from 'react';
import {isApiError} from '../../api/api-error.js';
import {configFromServer} from '../../domain/index.js';
import type {IpsecServer} from '../../domain/model.js';
import {EditFlow} from '../edit/edit-flow.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {AppAction, AppState} from './app-reducer.js';
import {serverLabel} from './app-reducer.js';
import {BusyScreen} from './busy-screen.js';
import {ConnectScreen} from './connect-screen.js';
import {ContextScreen} from './context-screen.js';
import {draftForServer, rebaseDraft} from './draft-for-server.js';
import {errorSentence} from './error-text.js';
import {recordVerdict} from './record-verdict.js';
import {ReattachScreen} from './reattach-screen.js';
import {RegionsScreen} from './regions-screen.js';
import {ServersScreen} from './servers-screen.js';
import {useServices} from './services-context.js';
import {formatDuration, outcomeLines, reattachCommand} from './status-lines.js';
import {StatusScreen} from './status-screen.js';
import {SubmitScreen} from './submit-screen.js';
import {SummaryScreen} from './summary-screen.js';
import {watchTarget} from './watch-target.js';
import type {AppOptions} from './app-options.js';

export type PhaseViewProps = {
	state: AppState;
	dispatch: Dispatch<AppAction>;
	options: AppOptions;
	isActive: boolean;
	columns: number;
	rows: number;
	exit(code: number, finalLines?: string[]): void;
};

export function PhaseView({state, dispatch, options, isActive, columns, rows, exit}: PhaseViewProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const picked = useRef<IpsecServer | undefined>(undefined);
	const label = serverLabel(state, symbols.separator);
	const target = useMemo(() => watchTarget(state), [state.submission, state.pending]);
	const follow = target ? {...target, connectionFlags: options.connectionFlags} : undefined;
	const {connection, loaded} = state;

	switch (state.phase) {
		case 'connect': {
			return (
				<ConnectScreen
					sandbox={options.sandbox}
					profile={options.profile}
					isActive={isActive}
					onConnected={result => {
						dispatch({type: 'connected', ...result});
					}}
				/>
			);
		}

		case 'reattach': {
			return state.pending ? (
				<ReattachScreen
					pending={state.pending}
					isActive={isActive}
					onChoice={choice => {
						if (choice === 'discard') {
							void services.pendingUpdates.clear();
						}

						dispatch({type: choice === 'reattach' ? 'reattach-accepted' : 'reattach-declined'});
					}}
				/>
			) : null;
		}

		case 'regions': {
			return connection ? (
				<RegionsScreen
					connection={connection}
					regionId={state.regionId}
					isActive={isActive}
					rows={rows}
					onChosen={regionId => {
						void services.preferences.rememberRegion(regionId);
						dispatch({type: 'region-chosen', regionId});
					}}
				/>
			) : null;
		}

		case 'servers': {
			return connection && state.regionId ? (
				<ServersScreen
					connection={connection}
					regionId={state.regionId}
					vpnGatewayId={options.vpnGatewayId}
					isActive={isActive}
					columns={columns}
					rows={rows}
					onChosen={server => {
						picked.current = server;
						dispatch({type: 'server-chosen', ipsecServerId: server.ipsecServerId});
					}}
					onBack={() => {
						dispatch({type: 'regions-requested'});
					}}
				/>
			) : null;
		}

		case 'context': {
			return connection && state.regionId && state.ipsecServerId ? (
				<ContextScreen
					connection={connection}
					regionId={state.regionId}
					ipsecServerId={state.ipsecServerId}
					picked={picked.current}
					isActive={isActive}
					onLoaded={next => {
						void services.preferences.rememberRegion(next.server.regionId);
						void services.preferences.rememberServer({
							regionId: next.server.regionId,
							ipsecServerId: next.server.ipsecServerId,
							ipsecServerName: next.server.ipsecServerName,
							at: new Date(services.clock.now()).toISOString(),
						});
						dispatch({type: 'context-loaded', loaded: next, draft: draftForServer(next.server, options.psk)});
					}}
					onFailed={() => {
						dispatch({type: 'context-failed'});
					}}
				/>
			) : null;
		}

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
						exit(0, ['Nothing to change: the server keeps its settings.']);
					}}
					onCancel={() => {
						exit(130, ['Cancelled: nothing was changed.']);
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
					onSubmitted={requestIds => {
						dispatch({type: 'submitted', requestIds});
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
					onRejected={error => {
						dispatch({
							type: 'submit-rejected',
							notice: {
								kind: 'error',
								lines: [errorSentence(error), isApiError(error) && error.kind === 'network' ? 'If it may have reached the service, `ipsec-wizard status` can check it.' : 'Nothing was changed; what you typed is kept.'],
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

		case 'status': {
			return connection && target ? (
				<StatusScreen
					connection={connection}
					target={target}
					serverLabel={label}
					timeoutMs={options.timeoutMs}
					connectionFlags={options.connectionFlags}
					isActive={isActive}
					onOutcome={(outcome, history) => {
						void recordVerdict(services, state, outcome);
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
						exit(outcome.kind === 'active' ? 0 : 1, outcomeLines(outcome, follow!, formatDuration(options.timeoutMs)));
					}}
					onLeave={() => {
						void recordVerdict(services, state, {kind: 'aborted'}).finally(() => {
							exit(130, [`Left before verification; the update goes on. Follow it with: ${reattachCommand(follow!)}`]);
						});
					}}
				/>
			) : null;
		}

		case 'summary': {
			return state.verifiedConfig ? (
				<SummaryScreen
					config={state.verifiedConfig}
					gatewayInternetIp={loaded?.gateway.internetIp || state.verifiedInternetIp || ''}
					serverLabel={label}
					auditLogPath={services.auditLog.path}
					history={state.statusHistory ?? []}
					isActive={isActive}
					onDone={() => {
						exit(0, [`Verified. Audit log: ${services.auditLog.path}`]);
					}}
				/>
			) : null;
		}
	}
}
