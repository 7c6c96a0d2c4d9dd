// The wizard's phase machine, pure: connect -> regions -> servers -> context -> edit (steps 3-8)
// -> submit -> status -> summary, plus re-attaching to an unfinished update and the overlays.
// The state (app-state.ts) is a union of phases, each holding what it shows and nothing a view must re-check.
// What is typed lives in the edit phase's `draft`; it goes along while submitting (a refusal comes
// back to it) and is kept (`kept`) while stepping back to the picker, until the program ends.
import type {IpsecServer, IpsecServerConfig} from '../../domain/model.js';
import {recentInRegion} from './recent-servers.js';
import {mergeServers} from './server-filter.js';
import {configFromServer, diffConfig, type Verification} from '../../domain/index.js';
import type {Phase as JourneyPhase, SubmitStage} from '../../engine/journey.js';
import type {GatewayObservation} from '../../services/watch-update.js';
import type {Outcome} from '../../engine/journey.js';
import {rebaseDraft} from './draft-for-server.js';
import {errorSentence} from './error-text.js';
import {isDraftDirty} from '../edit/draft.js';
import type {EditNotice} from '../edit/edit-notice.js';
import type {AppAction, AppCommand, AppState, BusyPhase, Connected, ContextPhase, EditPhase, Editing, Followed, JourneyProgress, KeptEdits, RegionsPhase, Sending, ServersPhase, SharedState, StatusPhase, SubmitPhase, Submission, SummaryPhase} from './app-state.js';
import {pageSize} from './app-state.js';

export * from './app-state.js';

export const initialAppState = (options: {regionId?: string; ipsecServerId?: string; vpnGatewayId?: string; profile?: string}): AppState => ({
	phase: 'connect',
	...(options.profile === undefined ? {} : {profile: options.profile}),
	regionId: options.regionId,
	ipsecServerId: options.ipsecServerId,
	vpnGatewayId: options.vpnGatewayId,
	listings: 0,
	outbox: [{id: 1, command: {kind: 'connect', ...(options.profile === undefined ? {} : {profile: options.profile})}}],
});

const send = <S extends AppState>(state: S, ...commands: AppCommand[]): S => {
	const last = state.outbox.at(-1)?.id ?? 0;
	return {...state, outbox: [...state.outbox, ...commands.map((command, index) => ({id: last + index + 1, command}))]};
};

/** What a phase carries into the next one whatever it is. */
const sharedOf = (state: AppState): SharedState => ({
	...(state.profile === undefined ? {} : {profile: state.profile}),
	regionId: state.regionId,
	ipsecServerId: state.ipsecServerId,
	vpnGatewayId: state.vpnGatewayId,
	...(state.preferencesProblem ? {preferencesProblem: state.preferencesProblem} : {}),
	...(state.overlay ? {overlay: state.overlay} : {}),
	listings: state.listings,
	outbox: state.outbox,
	...(state.clock === undefined ? {} : {clock: state.clock}),
	...(state.retry ? {retry: state.retry} : {}),
});

const connectedOf = (state: Connected): Connected => ({...sharedOf(state as AppState), credentials: state.credentials, auditLogPath: state.auditLogPath, workingDirectory: state.workingDirectory, clientTokenNamespace: state.clientTokenNamespace, submissions: state.submissions, profileNote: state.profileNote});

const editingOf = (state: Editing): Editing => ({loaded: state.loaded, base: state.base, draft: state.draft, editStep: state.editStep});

const keptOf = (state: KeptEdits): KeptEdits => (state.kept ? {kept: state.kept} : {});

const freshProgress = (synchronous: boolean): JourneyProgress => ({stage: 'rereading', transitions: [], verifying: synchronous});

// Entering a phase sets up what it shows; what it asks the runner for is added by `entered`.
const toRegions = (state: Connected & KeptEdits): RegionsPhase => ({...connectedOf(state), ...keptOf(state), phase: 'regions'});

function toServers(state: Connected & KeptEdits, regionId: string): ServersPhase {
	const listing = state.listings + 1;
	return {
		...connectedOf(state),
		...keptOf(state),
		regionId,
		listings: listing,
		phase: 'servers',
		serverPages: {listing, pages: [], found: [], ready: false, loading: true, lookingUp: false, lookedUp: []},
		recentServers: [],
	};
}

const toContext = (state: Connected & KeptEdits, regionId: string, ipsecServerId: string, picked?: IpsecServer): ContextPhase => ({
	...connectedOf(state),
	...keptOf(state),
	regionId,
	ipsecServerId,
	phase: 'context',
	...(picked ? {picked} : {}),
});

const toEdit = (state: Connected, editing: Editing, notice?: EditNotice): EditPhase => ({...connectedOf(state), ...editing, phase: 'edit', ...(notice ? {notice} : {})});

const toSubmit = (state: Connected & Editing, submission: Submission): SubmitPhase =>
	send({...connectedOf(state), ...editingOf(state), phase: 'submit', submission, journey: freshProgress(submission.plan.synchronous)}, submitCommand(state, submission));

const toBusy = (state: Sending, busyReason: string): BusyPhase => ({
	...connectedOf(state),
	...editingOf(state),
	submission: state.submission,
	journey: state.journey,
	phase: 'busy',
	busyReason,
	busyStatus: {status: 'asking', ready: false},
});

/** The live status of the submitted update (or the same status, changed). */
const toStatus = (state: SubmitPhase | BusyPhase | StatusPhase, change: Partial<Pick<StatusPhase, 'journey' | 'verdict'>> & {submission?: Submission}): StatusPhase =>
	state.phase === 'status'
		? ({...state, ...change} as StatusPhase)
		: {...connectedOf(state), phase: 'status', loaded: state.loaded, journey: state.journey, ...change, submission: change.submission ?? state.submission};

function toSummary(
	state: SubmitPhase | BusyPhase | StatusPhase,
	verified: {verification: Verification; config: IpsecServerConfig; internetIp: string; history: GatewayObservation[]; journey: JourneyProgress},
): SummaryPhase {
	const followed: Followed = 'submission' in state ? {loaded: state.loaded, submission: state.submission} : {pending: state.pending};
	return {
		...connectedOf(state),
		...followed,
		phase: 'summary',
		journey: verified.journey,
		verification: verified.verification,
		verifiedConfig: verified.config,
		verifiedInternetIp: verified.internetIp,
		statusHistory: verified.history,
	};
}

/** The submit command for the plan: the base configuration (worked out on loading) and the submission's diff. */
function submitCommand(editing: Editing, {plan, edited, changes}: Submission): AppCommand {
	const {loaded, base: config} = editing;
	return {kind: 'submit', base: {loaded, config, key: {kind: 'plain'}}, change: {plan, expected: edited, changes}};
}

const isStage = (phase: JourneyPhase['phase']): phase is SubmitStage => phase === 'rereading' || phase === 'prechecking' || phase === 'recording' || phase === 'submitting';

const isSending = (state: AppState): state is SubmitPhase | BusyPhase => state.phase === 'submit' || state.phase === 'busy';

type Journeying = SubmitPhase | BusyPhase | StatusPhase | SummaryPhase;
const hasJourney = (state: AppState): state is Journeying => isSending(state) || state.phase === 'status' || state.phase === 'summary';

/** A journey phase entered: the submit's stage, or the live status once the update has left. */
function journeyPhase(state: AppState, phase: JourneyPhase): AppState {
	if (!hasJourney(state)) {
		return state;
	}

	if (isStage(phase.phase) || phase.phase === 'reloading') {
		const stage = phase.phase === 'reloading' ? 'rereading' : phase.phase;
		const journey = {...state.journey, stage};
		return 'submission' in state ? ({...state, journey, submission: {...state.submission, sending: stage === 'submitting'}} as AppState) : {...state, journey};
	}

	if ((phase.phase === 'following' || phase.phase === 'verifying') && (isSending(state) || state.phase === 'status') && 'submission' in state) {
		const answerLost = phase.answer.kind === 'lost' ? phase.answer.reason : undefined;
		return toStatus(state, {submission: {...state.submission, requestIds: phase.requestIds, answerLost}});
	}

	return state;
}

/** The journey's state with the audit log's problem, once there is one. */
const withAuditProblem = (state: AppState, auditProblem: string | undefined): AppState =>
	auditProblem && hasJourney(state) ? ({...state, journey: {...state.journey, auditProblem}} as AppState) : state;

/** Where the wizard goes once the journey has ended (its records written). */
function journeyEnded(state: AppState, outcome: Outcome, said: {arrow: string; auditProblem?: string}): AppState {
	if (!hasJourney(state)) {
		return state;
	}

	const journey = {...state.journey, outcome};
	switch (outcome.kind) {
		case 'changed-elsewhere': {
			if (!isSending(state)) {
				return state;
			}

			const {loaded, draft} = state;
			const baseline = outcome.baseline;
			return toEdit(
				state,
				{loaded: baseline, base: configFromServer(baseline.server), draft: rebaseDraft(draft, loaded.server, baseline.server), editStep: 'review'},
				{
					kind: 'info',
					lines: [
						'Someone changed this server since it was loaded; nothing was sent.',
						...outcome.changes.map(change => `Changed: ${change.label} ${change.before} ${said.arrow} ${change.after}`),
						'Your edits now apply to the server as it is; check the review and submit again.',
					],
				},
			);
		}

		case 'busy': {
			if (state.phase === 'busy') {
				return {...state, busyReason: errorSentence(outcome.error)};
			}

			return state.phase === 'submit' ? toBusy(state, errorSentence(outcome.error)) : state;
		}

		case 'refused': {
			// Only refusals and calls that never left come here (a lost answer is followed), so nothing was changed.
			return isSending(state)
				? toEdit(state, {...editingOf(state), editStep: 'review'}, {
						kind: 'error',
						lines: [outcome.sentence ?? errorSentence(outcome.error), 'Nothing was changed; what you typed is kept.', ...(said.auditProblem ? [said.auditProblem] : [])],
					})
				: state;
		}

		case 'verified': {
			const server = outcome.server;
			if (server && state.phase !== 'summary') {
				return toSummary(state, {verification: {verified: true, mismatches: []}, config: configFromServer(server), internetIp: server.internetIp, history: state.journey.transitions, journey});
			}

			return {...state, journey};
		}

		case 'interrupted': {
			if (state.phase === 'status' && state.leaving) {
				return send(state, {kind: 'end', outcome: {kind: 'left', answerLost: 'submission' in state && state.submission.answerLost !== undefined}, follow: followedUpdate(state)});
			}

			return {...state, journey};
		}

		case 'failed-verification':
		case 'not-applied':
		case 'partly': {
			// The server was read: from now on its verdict is what a quit says.
			return state.phase === 'summary' ? state : toStatus(state, {verdict: outcome, journey});
		}

		default: {
			return state.phase === 'summary' ? state : toStatus(state, {journey});
		}
	}
}

function runnerReport(state: AppState, action: Extract<AppAction, {type: 'runner-report'}>): AppState {
	const {report} = action;
	switch (report.kind) {
		case 'journey-phase': {
			return withAuditProblem(journeyPhase(state, report.phase), report.auditProblem);
		}

		case 'journey-ended': {
			const {auditProblem} = report;
			return report.phase.phase === 'done' ? withAuditProblem(journeyEnded(state, report.phase.outcome, {...action.said, auditProblem}), auditProblem) : state;
		}

		case 'watch-event': {
			if (!hasJourney(state)) {
				return state;
			}

			const {event} = report;
			const progress = state.journey;
			if (event.kind === 'observed') {
				return {
					...state,
					journey: {...progress, last: event.observation, pollError: undefined, transitions: event.changed ? [...progress.transitions, event.observation] : progress.transitions},
				};
			}

			if (event.kind === 'poll-failed') {
				return {...state, journey: {...progress, pollError: event.error?.describe() ?? 'The status could not be read; trying again.'}};
			}

			return {...state, journey: {...progress, verifying: true}};
		}

		case 'client-profiles-written': {
			return state.phase === 'summary' ? {...state, profiles: {kind: 'written', paths: report.paths, files: report.files, findings: report.findings}} : state;
		}

		case 'client-profiles-failed': {
			return state.phase === 'summary' ? {...state, profiles: {kind: 'failed', sentence: report.sentence}} : state;
		}

		// The hook turns these two into 'connected' and 'context-loaded' (they need the options).
		case 'connected':
		case 'context-loaded': {
			return state;
		}

		case 'connect-failed': {
			return state.phase === 'connect' ? {...state, connectError: errorSentence(report.error)} : state;
		}

		case 'regions-listed': {
			return state.phase === 'regions' ? {...state, regions: report.regions} : state;
		}

		case 'regions-failed': {
			return state.phase === 'regions' ? {...state, regionsError: errorSentence(report.error)} : state;
		}

		case 'context-failed': {
			return state.phase === 'context' ? {...state, contextError: errorSentence(report.error)} : state;
		}

		case 'busy-status': {
			return state.phase === 'busy' ? {...state, busyStatus: {status: report.status, ready: report.ended}} : state;
		}

		case 'servers-listed':
		case 'servers-found':
		case 'servers-failed': {
			if (state.phase !== 'servers' || state.serverPages.listing !== report.listing) {
				return state;
			}

			const pages = state.serverPages;
			if (report.kind === 'servers-listed') {
				return {...state, serverPages: {...pages, pages: mergeServers(pages.pages, report.servers), nextToken: report.nextToken, ready: true, loading: false}};
			}

			if (report.kind === 'servers-found') {
				return {...state, serverPages: {...pages, found: mergeServers(pages.found, report.servers), lookingUp: false}};
			}

			return {...state, serverPages: {...pages, error: errorSentence(report.error), ...(report.lookup ? {lookingUp: false} : {loading: false})}};
		}

		case 'recent-servers': {
			return state.phase === 'servers' && report.regionId === state.regionId ? {...state, recentServers: recentInRegion(report.recent, report.regionId)} : state;
		}
	}
}

function listServers(state: ServersPhase, listing: number, nextToken: string | undefined): AppCommand {
	return {
		kind: 'list-servers',
		listing,
		query: {regionId: state.regionId, ...(state.vpnGatewayId === undefined ? {} : {vpnGatewayId: state.vpnGatewayId}), maxResults: pageSize, ...(nextToken ? {nextToken} : {})},
	};
}

/**
 * What entering a phase asks for: the regions' list, the server's context, the recent servers,
 * waiting out a busy gateway (and no longer once it is left).
 */
function entered(previous: AppState, state: AppState): AppState {
	if (state.phase === previous.phase) {
		return state;
	}

	const commands: AppCommand[] = previous.phase === 'busy' ? [{kind: 'stop-waiting'}] : [];
	switch (state.phase) {
		case 'regions': {
			return send(state, ...commands, {kind: 'list-regions'});
		}

		case 'servers': {
			// Recent servers are remembered by region only, so not offered within one gateway's servers.
			const recent = state.vpnGatewayId === undefined;
			return send(state, ...commands, ...(recent ? [{kind: 'read-recent-servers', regionId: state.regionId} as const] : []), listServers(state, state.serverPages.listing, undefined));
		}

		case 'context': {
			const {regionId, ipsecServerId, picked} = state;
			return send(state, ...commands, {kind: 'load-context', regionId, ipsecServerId, ...(picked?.ipsecServerId === ipsecServerId ? {picked} : {})});
		}

		case 'busy': {
			const {plan} = state.submission;
			return send(state, ...commands, {kind: 'wait-for-active', regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId});
		}

		default: {
			return send(state, ...commands);
		}
	}
}

/** Where to go once connected and a region may be known. */
function afterConnect(state: Connected): RegionsPhase | ServersPhase | ContextPhase {
	if (state.regionId === undefined) {
		return toRegions(state);
	}

	return state.ipsecServerId === undefined ? toServers(state, state.regionId) : toContext(state, state.regionId, state.ipsecServerId);
}

export function appReducer(state: AppState, action: AppAction): AppState {
	return entered(state, reduce(state, action));
}

function reduce(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'connected': {
			if (state.phase !== 'connect') {
				return state;
			}

			const connected: Connected = {
				...sharedOf(state),
				credentials: action.credentials,
				auditLogPath: action.auditLogPath,
				workingDirectory: action.workingDirectory,
				clientTokenNamespace: action.clientTokenNamespace,
				submissions: 0,
				profileNote: action.profileNote,
				regionId: state.regionId ?? action.regionId,
				...(action.preferencesProblem ? {preferencesProblem: action.preferencesProblem} : {}),
			};
			return action.pending ? {...connected, phase: 'reattach', pending: action.pending, pendingRecords: action.pendingRecords ?? [action.pending]} : afterConnect(connected);
		}

		case 'reattach-accepted': {
			if (state.phase !== 'reattach') {
				return state;
			}

			const pending = action.pending ?? state.pending;
			return send({...connectedOf(state), regionId: pending.regionId, phase: 'status', pending, journey: freshProgress(pending.synchronous)}, {kind: 'follow-pending', pending});
		}

		case 'reattach-declined': {
			if (state.phase !== 'reattach') {
				return state;
			}

			const next = afterConnect(connectedOf(state));
			return action.forget && action.forget.length > 0 ? send(next, {kind: 'forget-pending', ipsecServerIds: action.forget}) : next;
		}

		case 'region-chosen': {
			return state.phase === 'regions'
				? send(toServers({...state, regionId: action.regionId}, action.regionId), {kind: 'remember-region', regionId: action.regionId})
				: state;
		}

		case 'regions-requested': {
			return state.phase === 'servers' ? toRegions({...state, ipsecServerId: undefined}) : state;
		}

		case 'server-chosen': {
			return state.phase === 'servers' ? toContext({...state, ipsecServerId: action.ipsecServerId}, state.regionId, action.ipsecServerId, action.server) : state;
		}

		case 'context-loaded': {
			if (state.phase !== 'context' && state.phase !== 'servers' && state.phase !== 'regions') {
				return state;
			}

			// Picking the same server again keeps what was typed for it.
			const {kept} = state;
			const {server} = action.loaded;
			const sameServer = kept?.loaded.server.ipsecServerId === server.ipsecServerId;
			const edit = toEdit(state, {
				loaded: action.loaded,
				base: configFromServer(server),
				draft: kept && sameServer ? kept.draft : action.draft,
				editStep: kept && sameServer ? kept.editStep : 'basics',
			});
			return send(
				edit,
				{kind: 'remember-region', regionId: server.regionId},
				{kind: 'remember-server', regionId: server.regionId, ipsecServerId: server.ipsecServerId, ipsecServerName: server.ipsecServerName},
			);
		}

		case 'context-failed': {
			return state.phase === 'context' ? toServers({...state, ipsecServerId: undefined}, state.regionId) : state;
		}

		case 'draft-changed': {
			return state.phase === 'edit' ? {...state, draft: action.draft, notice: undefined} : state;
		}

		case 'edit-step-changed': {
			return state.phase === 'edit' ? {...state, editStep: action.step} : state;
		}

		case 'edit-exited': {
			return state.phase === 'edit' ? toServers({...state, ipsecServerId: undefined, kept: editingOf(state)}, state.regionId ?? state.loaded.server.regionId) : state;
		}

		case 'submit-requested': {
			if (state.phase !== 'edit') {
				return state;
			}

			const changes = action.changes ?? diffConfig(state.base, action.edited, state.loaded.context).changes;
			return toSubmit({...state, submissions: state.submissions + 1}, {plan: action.plan, edited: action.edited, changes, requestIds: [], sending: false});
		}

		case 'submit-rejected': {
			if (!isSending(state)) {
				return state;
			}

			const loaded = action.baseline ?? state.loaded;
			return toEdit(state, {...editingOf(state), loaded, base: action.baseline ? configFromServer(loaded.server) : state.base, editStep: 'review'}, action.notice);
		}

		case 'gateway-busy': {
			return state.phase === 'submit' ? toBusy(state, action.reason) : state.phase === 'busy' ? {...state, busyReason: action.reason} : state;
		}

		case 'retry-requested': {
			return state.phase === 'busy' ? toSubmit(state, {...state.submission, sending: false}) : state;
		}

		case 'update-sending': {
			return isSending(state) ? {...state, submission: {...state.submission, sending: true}} : state;
		}

		case 'submitted': {
			return isSending(state) ? toStatus(state, {submission: {...state.submission, requestIds: action.requestIds}}) : state;
		}

		case 'outcome-unknown': {
			return isSending(state) ? toStatus(state, {submission: {...state.submission, requestIds: action.requestIds, answerLost: action.reason}}) : state;
		}

		case 'verified': {
			if (!action.verification.verified || !(isSending(state) || state.phase === 'status')) {
				return state;
			}

			return toSummary(state, {verification: action.verification, config: action.config, internetIp: action.internetIp, history: action.history ?? [], journey: state.journey});
		}

		case 'verdict-read': {
			return state.phase === 'status' ? {...state, verdict: action.outcome} : state;
		}

		case 'runner-report': {
			// A call has answered: the notice of its retries goes.
			return runnerReport(state.retry ? {...state, retry: undefined} : state, action);
		}

		case 'clock-ticked': {
			const ticked = {...state, clock: action.now};
			return ticked.phase === 'status' && ticked.journey.followingSince === undefined ? {...ticked, journey: {...ticked.journey, followingSince: action.now}} : ticked;
		}

		case 'retry-heard': {
			// The same retry again (its wait started or ended) keeps the time it was first heard of.
			const at = state.retry?.latest === action.latest ? state.retry.at : action.at;
			return {...state, clock: action.at, retry: {latest: action.latest, waiting: action.waiting, at}};
		}

		case 'retry-wait-stopped': {
			return state.retry?.waiting ? send(state, {kind: 'stop-retry-wait'}) : state;
		}

		case 'servers-more': {
			if (state.phase !== 'servers') {
				return state;
			}

			const pages = state.serverPages;
			return !pages.loading && pages.nextToken
				? send({...state, serverPages: {...pages, loading: true, error: undefined}}, listServers(state, pages.listing, pages.nextToken))
				: state;
		}

		case 'servers-retry': {
			if (state.phase !== 'servers') {
				return state;
			}

			const pages = state.serverPages;
			// After the first page, the next one; before it, the first again.
			return pages.loading ? state : send({...state, serverPages: {...pages, loading: true, error: undefined}}, listServers(state, pages.listing, pages.ready ? pages.nextToken : undefined));
		}

		case 'servers-lookup': {
			if (state.phase !== 'servers') {
				return state;
			}

			const pages = state.serverPages;
			const key = JSON.stringify(action.query);
			return pages.lookedUp.includes(key)
				? state
				: send(
						{...state, serverPages: {...pages, lookingUp: true, lookedUp: [...pages.lookedUp, key]}},
						{kind: 'look-up-servers', listing: pages.listing, query: {...action.query, maxResults: pageSize}},
					);
		}

		case 'connect-retry': {
			return state.phase === 'connect' ? send({...state, connectError: undefined}, {kind: 'connect', ...(state.profile === undefined ? {} : {profile: state.profile})}) : state;
		}

		case 'regions-retry': {
			return state.phase === 'regions' ? send({...state, regionsError: undefined}, {kind: 'list-regions'}) : state;
		}

		case 'context-retry': {
			if (state.phase !== 'context') {
				return state;
			}

			const {regionId, ipsecServerId, picked} = state;
			return send({...state, contextError: undefined}, {kind: 'load-context', regionId, ipsecServerId, ...(picked?.ipsecServerId === ipsecServerId ? {picked} : {})});
		}

		case 'leave-requested': {
			return state.phase !== 'status' || state.leaving ? state : send({...state, leaving: true}, {kind: 'stop-following'});
		}

		case 'finish-requested': {
			const outcome = hasJourney(state) ? state.journey.outcome : undefined;
			return outcome ? send(state, {kind: 'end', outcome, follow: followedUpdate(state)}) : state;
		}

		case 'summary-done': {
			if (state.phase !== 'summary') {
				return state;
			}

			const submission = 'submission' in state ? state.submission : undefined;
			return send(state, {kind: 'end', outcome: {kind: 'verified', requestIds: submission?.requestIds ?? [], answerLost: submission?.answerLost !== undefined}, follow: followedUpdate(state)});
		}

		case 'profiles-opened': {
			return state.phase === 'summary' ? {...state, profiles: {kind: 'ask'}} : state;
		}

		case 'profiles-requested': {
			if (state.phase !== 'summary') {
				return state;
			}

			const config = state.verifiedConfig;
			const ipsecServerId = 'loaded' in state ? state.loaded.server.ipsecServerId : state.pending.ipsecServerId;
			const gatewayInternetIp = ('loaded' in state ? state.loaded.gateway.internetIp : '') || state.verifiedInternetIp || '';
			return send({...state, profiles: {kind: 'writing'}}, {kind: 'write-client-profiles', directory: action.directory, input: {config, gatewayInternetIp, ipsecServerId, includePsk: action.includePsk}});
		}

		case 'profiles-closed': {
			return state.phase === 'summary' ? {...state, profiles: undefined} : state;
		}

		case 'help-toggled': {
			return {...state, overlay: state.overlay === 'help' ? undefined : 'help'};
		}

		case 'abort': {
			if (state.overlay !== 'confirm-abort' && hasUnsavedEdits(state)) {
				return {...state, overlay: 'confirm-abort'};
			}

			return send(state, {kind: 'end', outcome: interruptOutcome(state) ?? {kind: 'aborted'}, follow: followedUpdate(state)});
		}

		case 'quit-confirmed': {
			// "Nothing was changed" only when nothing may be on its way.
			return send(state, {kind: 'end', outcome: interruptOutcome(state) ?? {kind: 'quit'}, follow: followedUpdate(state)});
		}

		case 'edit-cancelled': {
			return send(state, {kind: 'end', outcome: {kind: 'cancelled'}});
		}

		case 'nothing-to-change': {
			return send(state, {kind: 'end', outcome: {kind: 'nothing-to-change'}});
		}

		case 'abort-requested': {
			return {...state, overlay: 'confirm-abort'};
		}

		case 'abort-cancelled': {
			return {...state, overlay: undefined};
		}
	}
}

/** The target of an update being followed: the one just submitted, or the re-attached one. */
export function followedUpdate(state: AppState): {regionId: string; vpnGatewayId: string; ipsecServerId: string} | undefined {
	const submission = 'submission' in state ? state.submission : undefined;
	const plan = submission?.plan;
	// An update whose answer was lost stays in doubt whatever screen shows, until a verdict.
	if (plan && (state.phase === 'submit' || state.phase === 'status' || state.phase === 'busy' || (submission.answerLost !== undefined && state.phase !== 'summary'))) {
		return {regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId, ipsecServerId: plan.ipsecServerId};
	}

	const pending = state.phase === 'status' && 'pending' in state ? state.pending : undefined;
	return pending ? {regionId: pending.regionId, vpnGatewayId: pending.vpnGatewayId, ipsecServerId: pending.ipsecServerId} : undefined;
}

/**
 * Whether a counter is on screen, so the clock must tick: the live status's elapsed time, a
 * throttled call's countdown. The key changes when the counting starts afresh.
 */
export function clockShown(state: AppState): string | undefined {
	if (state.retry?.waiting && state.retry.latest.reason === 'throttled') {
		return `retry:${state.retry.at}:${state.phase}`;
	}

	return state.phase === 'status' ? 'status' : undefined;
}

/** How the wizard would end if it were stopped now, when that is more than "nothing was changed". */
export function interruptOutcome(state: AppState): Outcome | undefined {
	// Once the server was read, its verdict is what happened, not "may have been applied".
	if (state.phase === 'status' && state.verdict) {
		return {kind: 'interrupted', sent: true, verdict: state.verdict};
	}

	// Before the real call left (re-read, DryRun) or while the gateway refused it as busy, nothing
	// can have been applied; saying "may have been" would send someone to follow a change never made.
	if ((state.phase === 'submit' && !state.submission.sending) || state.phase === 'busy') {
		return {kind: 'interrupted', sent: false};
	}

	return followedUpdate(state) ? {kind: 'interrupted', sent: true} : undefined;
}

/** Edits typed but not yet submitted (also after stepping back to the picker, which keeps them). */
export function hasUnsavedEdits(state: AppState): boolean {
	if (state.phase === 'edit') {
		return isDraftDirty(state.draft, state.base);
	}

	return (state.phase === 'servers' || state.phase === 'context') && state.kept !== undefined && isDraftDirty(state.kept.draft, state.kept.base);
}
