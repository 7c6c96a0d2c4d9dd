// The wizard's phase machine, pure: connect -> regions -> servers -> context -> edit (steps 3-8)
// -> submit -> status -> summary, plus re-attaching to an unfinished update and the overlays.
// Everything typed lives in `draft`, which no transition discards until the program ends.
import type {IpsecServer, IpsecServerConfig, Region, ServerContext, UpdatePlan, VpnGateway} from '../../domain/model.js';
import type {RecentServer} from '../../services/preferences-store.js';
import {recentInRegion} from './recent-servers.js';
import {mergeServers} from './server-filter.js';
import type {ListIpsecServersQuery} from '../../api/vpc-api.js';
import {configFromServer, diffConfig, type Verification} from '../../domain/index.js';
import type {ProfileFile} from '../../domain/client-profiles/profile-input.js';
import type {Phase as JourneyPhase, SubmitStage} from '../../engine/journey.js';
import type {WizardCommand, WizardReport} from '../../engine/wizard-runner.js';
import type {PendingUpdate} from '../../services/pending-update.js';
import type {GatewayObservation} from '../../services/watch-update.js';
import type {Connection} from '../../services/services.js';
import type {Outcome} from '../../engine/journey.js';
import {rebaseDraft} from './draft-for-server.js';
import {errorSentence} from './error-text.js';
import {isDraftDirty, type Draft} from '../edit/draft.js';
import type {EditNotice} from '../edit/edit-notice.js';
import type {EditStepId} from '../edit/edit-steps.js';

export type Phase = 'connect' | 'reattach' | 'regions' | 'servers' | 'context' | 'edit' | 'submit' | 'busy' | 'status' | 'summary';

export type Loaded = {server: IpsecServer; context: ServerContext; gateway: VpnGateway};

export type Submission = {
	plan: UpdatePlan;
	edited: IpsecServerConfig;
	requestIds: string[];
	/** The real UpdateIpsecServer has left (before that, only reads and the DryRun were sent). */
	sending: boolean;
	/** Why the update's answer never arrived: its outcome is unknown until the server is read. */
	answerLost?: string;
};

/** What the journey under way has shown so far: the submit's stage, the gateway, the verdict. */
export type JourneyProgress = {
	stage: SubmitStage;
	/** The gateway's status changes seen while following, in order. */
	transitions: GatewayObservation[];
	last?: GatewayObservation;
	/** The latest failed look at the gateway, until the next one succeeds. */
	pollError?: string;
	/** The gateway is active (or the change is name-only): the server is being re-read. */
	verifying: boolean;
	/** How following ended, when it did not end in the summary. */
	outcome?: Outcome;
};

/** The picker's data: pages of ListIpsecServers (20 a call, more on request) and exact look-ups of what was typed. */
export type ServerPagesState = {
	/** Which listing this is: each visit to the picker starts a new one (older answers are dropped). */
	listing: number;
	pages: IpsecServer[];
	found: IpsecServer[];
	nextToken?: string;
	/** A first page has arrived. */
	ready: boolean;
	loading: boolean;
	lookingUp: boolean;
	error?: string;
	/** Each look-up is made at most once. */
	lookedUp: string[];
};

export const pageSize = 20;

/** The client-profile step on the final screen. */
export type ProfilesState =
	| {kind: 'ask'}
	| {kind: 'writing'}
	| {kind: 'written'; paths: string[]; files: ProfileFile[]; findings: string[]}
	| {kind: 'failed'; sentence: string};

/** What the App asks for besides rendering: the wizard runner's commands, and the way out. */
export type AppCommand = WizardCommand | {kind: 'end'; outcome: Outcome; follow?: {regionId: string; vpnGatewayId: string; ipsecServerId?: string}};

export type AppState = {
	phase: Phase;
	/** --profile, for connecting (and remembering it). */
	profile?: string;
	/** Why connecting failed, until the next attempt. */
	connectError?: string;
	regions?: Region[];
	regionsError?: string;
	/** The picker's row, while its context loads. */
	picked?: IpsecServer;
	contextError?: string;
	/** While waiting out a busy gateway: its status, and whether the wait has ended. */
	busyStatus?: {status: string; ready: boolean};
	/** The picker's pages of ListIpsecServers and its look-ups. */
	serverPages?: ServerPagesState;
	/** The servers opened lately in this region (the picker's Tab). */
	recentServers?: RecentServer[];
	/** preferences.json had keys that could not be used: which ones (said on the first screens). */
	preferencesProblem?: string;
	/** Commands for the runner hook, in order; each carried out once (by its id). */
	outbox: Array<{id: number; command: AppCommand}>;
	journey?: JourneyProgress;
	/** `q` was pressed on the live status: once following has stopped, the wizard ends. */
	leaving?: boolean;
	profiles?: ProfilesState;
	overlay?: 'help' | 'confirm-abort';
	connection?: Connection;
	/** When this run's credentials are not the profile the last run used: how to use that one. */
	profileNote?: string;
	regionId?: string;
	/** From --server, or the row picked. */
	ipsecServerId?: string;
	/** Only servers on this gateway (--gateway). */
	vpnGatewayId?: string;
	loaded?: Loaded;
	draft?: Draft;
	editStep: EditStepId;
	notice?: EditNotice;
	submission?: Submission;
	/** The unfinished update found at launch, while offering to re-attach or once re-attached. */
	pending?: PendingUpdate;
	/** Every unfinished update found at launch, newest first (the offer lists them). */
	pendingRecords?: PendingUpdate[];
	/** Why the gateway refused for now (Configuring / OperationConflict), while waiting. */
	busyReason?: string;
	verification?: Verification;
	/** The configuration the server has after a verified change (the summary shows it). */
	verifiedConfig?: IpsecServerConfig;
	/** The re-read server's public IP, for the summary when no context was loaded (re-attach). */
	verifiedInternetIp?: string;
	/** What the re-read server said when it does not hold the plan (not applied / partly): how it ends. */
	verdict?: Outcome;
	/** The gateway's status changes while the update was followed (empty for a name-only change). */
	statusHistory?: GatewayObservation[];
};

export type AppAction =
	| {type: 'connected'; connection: Connection; regionId?: string; pending?: PendingUpdate; pendingRecords?: PendingUpdate[]; profileNote?: string; preferencesProblem?: string}
	| {type: 'reattach-accepted'; pending?: PendingUpdate}
	/** `forget`: the records to drop (Forget them and go on). */
	| {type: 'reattach-declined'; forget?: string[]}
	| {type: 'region-chosen'; regionId: string}
	| {type: 'regions-requested'}
	/** `server`: the picker's row (saves a call when loading its context). */
	| {type: 'server-chosen'; ipsecServerId: string; server?: IpsecServer}
	| {type: 'context-loaded'; loaded: Loaded; draft: Draft}
	| {type: 'context-failed'}
	| {type: 'draft-changed'; draft: Draft}
	| {type: 'edit-step-changed'; step: EditStepId}
	| {type: 'edit-exited'}
	| {type: 'submit-requested'; plan: UpdatePlan; edited: IpsecServerConfig}
	| {type: 'update-sending'}
	| {type: 'submit-rejected'; notice: EditNotice; baseline?: Loaded}
	| {type: 'gateway-busy'; reason: string}
	| {type: 'retry-requested'}
	| {type: 'submitted'; requestIds: string[]}
	/** No answer to the update: follow the gateway and read the server to learn what happened. */
	| {type: 'outcome-unknown'; requestIds: string[]; reason: string}
	| {type: 'verified'; verification: Verification; config: IpsecServerConfig; internetIp: string; history?: GatewayObservation[]}
	| {type: 'verdict-read'; outcome: Outcome}
	/** The runner's report; `said` is what the notices need that the state does not hold. */
	| {type: 'runner-report'; report: WizardReport; said: {arrow: string; auditProblem?: string}}
	| {type: 'leave-requested'}
	/** Enter after a verdict other than verified. */
	| {type: 'finish-requested'}
	| {type: 'summary-done'}
	| {type: 'profiles-opened'}
	| {type: 'profiles-requested'; includePsk: boolean; directory: string}
	| {type: 'profiles-closed'}
	/** PgDn, or Enter on the last row: the next page. */
	| {type: 'servers-more'}
	| {type: 'servers-retry'}
	/** What was typed is an exact ID or name not among the loaded rows: look it up (once). */
	| {type: 'servers-lookup'; query: ListIpsecServersQuery}
	/** Enter after a failed load: try it again. */
	| {type: 'connect-retry'}
	| {type: 'regions-retry'}
	| {type: 'context-retry'}
	| {type: 'help-toggled'}
	/** Ctrl+C (or Esc at the first screen): asks first over unsaved edits, else ends. */
	| {type: 'abort'}
	/** The question over unsaved edits answered yes. */
	| {type: 'quit-confirmed'}
	/** The review's Cancel: nothing sent. */
	| {type: 'edit-cancelled'}
	/** Submit with nothing changed. */
	| {type: 'nothing-to-change'}
	| {type: 'abort-requested'}
	| {type: 'abort-cancelled'};

export const initialAppState = (options: {regionId?: string; ipsecServerId?: string; vpnGatewayId?: string; profile?: string}): AppState => ({
	phase: 'connect',
	...(options.profile === undefined ? {} : {profile: options.profile}),
	regionId: options.regionId,
	ipsecServerId: options.ipsecServerId,
	vpnGatewayId: options.vpnGatewayId,
	editStep: 'basics',
	outbox: [{id: 1, command: {kind: 'connect', ...(options.profile === undefined ? {} : {profile: options.profile})}}],
});

const send = (state: AppState, ...commands: AppCommand[]): AppState => {
	const last = state.outbox.at(-1)?.id ?? 0;
	return {...state, outbox: [...state.outbox, ...commands.map((command, index) => ({id: last + index + 1, command}))]};
};

const freshProgress = (synchronous: boolean): JourneyProgress => ({stage: 'rereading', transitions: [], verifying: synchronous});

/** The submit command for the plan: the base configuration and the diff computed once, here. */
function submitCommand(loaded: Loaded, plan: UpdatePlan, edited: IpsecServerConfig): AppCommand {
	const config = configFromServer(loaded.server);
	return {kind: 'submit', base: {loaded, config, key: {kind: 'plain'}}, change: {plan, expected: edited, changes: diffConfig(config, edited, loaded.context).changes}};
}

const isStage = (phase: JourneyPhase['phase']): phase is SubmitStage => phase === 'rereading' || phase === 'prechecking' || phase === 'recording' || phase === 'submitting';

/** A journey phase entered: the submit's stage, or the live status once the update has left. */
function journeyPhase(state: AppState, phase: JourneyPhase): AppState {
	const progress = state.journey ?? freshProgress(false);
	if (isStage(phase.phase) || phase.phase === 'reloading') {
		const stage = phase.phase === 'reloading' ? 'rereading' : phase.phase;
		return {
			...state,
			journey: {...progress, stage},
			submission: state.submission ? {...state.submission, sending: stage === 'submitting'} : undefined,
		};
	}

	if ((phase.phase === 'following' || phase.phase === 'verifying') && state.submission) {
		const answerLost = phase.answer.kind === 'lost' ? phase.answer.reason : undefined;
		return {...state, phase: 'status', submission: {...state.submission, requestIds: phase.requestIds, answerLost}, busyReason: undefined};
	}

	return state;
}

/** Where the wizard goes once the journey has ended (its records written). */
function journeyEnded(state: AppState, outcome: Outcome, said: {arrow: string; auditProblem?: string}): AppState {
	const progress = state.journey ?? freshProgress(false);
	switch (outcome.kind) {
		case 'changed-elsewhere': {
			const {loaded, draft} = state;
			return {
				...state,
				phase: 'edit',
				editStep: 'review',
				draft: draft && loaded ? rebaseDraft(draft, loaded.server, outcome.baseline.server) : draft,
				loaded: outcome.baseline,
				submission: undefined,
				busyReason: undefined,
				notice: {
					kind: 'info',
					lines: [
						'Someone changed this server since it was loaded; nothing was sent.',
						...outcome.changes.map(change => `Changed: ${change.label} ${change.before} ${said.arrow} ${change.after}`),
						'Your edits now apply to the server as it is; check the review and submit again.',
					],
				},
			};
		}

		case 'busy': {
			return {...state, phase: 'busy', busyReason: errorSentence(outcome.error)};
		}

		case 'refused': {
			// Only refusals and calls that never left come here (a lost answer is followed), so nothing was changed.
			return {
				...state,
				phase: 'edit',
				editStep: 'review',
				submission: undefined,
				busyReason: undefined,
				notice: {
					kind: 'error',
					lines: [outcome.sentence ?? errorSentence(outcome.error), 'Nothing was changed; what you typed is kept.', ...(said.auditProblem ? [said.auditProblem] : [])],
				},
			};
		}

		case 'verified': {
			const server = outcome.server;
			return server
				? {
						...state,
						phase: 'summary',
						verification: {verified: true, mismatches: []},
						verifiedConfig: configFromServer(server),
						verifiedInternetIp: server.internetIp,
						statusHistory: progress.transitions,
						journey: {...progress, outcome},
					}
				: {...state, journey: {...progress, outcome}};
		}

		case 'failed-verification':
		case 'not-applied':
		case 'partly': {
			// The server was read: from now on its verdict is what a quit says.
			return {...state, phase: 'status', verdict: outcome, journey: {...progress, outcome}};
		}

		case 'interrupted': {
			if (state.leaving) {
				return send(state, {kind: 'end', outcome: {kind: 'left', answerLost: state.submission?.answerLost !== undefined}, follow: followedUpdate(state)});
			}

			return {...state, journey: {...progress, outcome}};
		}

		default: {
			return {...state, phase: 'status', journey: {...progress, outcome}};
		}
	}
}

function runnerReport(state: AppState, action: Extract<AppAction, {type: 'runner-report'}>): AppState {
	const {report} = action;
	const progress = state.journey ?? freshProgress(false);
	switch (report.kind) {
		case 'journey-phase': {
			return journeyPhase(state, report.phase);
		}

		case 'journey-ended': {
			return report.phase.phase === 'done' ? journeyEnded(state, report.phase.outcome, action.said) : state;
		}

		case 'watch-event': {
			const {event} = report;
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
			return {...state, profiles: {kind: 'written', paths: report.paths, files: report.files, findings: report.findings}};
		}

		case 'client-profiles-failed': {
			return {...state, profiles: {kind: 'failed', sentence: report.sentence}};
		}

		// The hook turns these two into 'connected' and 'context-loaded' (they need the options).
		case 'connected':
		case 'context-loaded': {
			return state;
		}

		case 'connect-failed': {
			return {...state, connectError: errorSentence(report.error)};
		}

		case 'regions-listed': {
			return {...state, regions: report.regions};
		}

		case 'regions-failed': {
			return {...state, regionsError: errorSentence(report.error)};
		}

		case 'context-failed': {
			return {...state, contextError: errorSentence(report.error)};
		}

		case 'busy-status': {
			return state.phase === 'busy' ? {...state, busyStatus: {status: report.status, ready: report.ended}} : state;
		}

		case 'servers-listed':
		case 'servers-found':
		case 'servers-failed': {
			const pages = state.serverPages;
			if (!pages || pages.listing !== report.listing) {
				return state;
			}

			if (report.kind === 'servers-listed') {
				return {...state, serverPages: {...pages, pages: mergeServers(pages.pages, report.servers), nextToken: report.nextToken, ready: true, loading: false}};
			}

			if (report.kind === 'servers-found') {
				return {...state, serverPages: {...pages, found: mergeServers(pages.found, report.servers), lookingUp: false}};
			}

			return {...state, serverPages: {...pages, error: errorSentence(report.error), ...(report.lookup ? {lookingUp: false} : {loading: false})}};
		}

		case 'recent-servers': {
			return report.regionId === state.regionId ? {...state, recentServers: recentInRegion(report.recent, report.regionId)} : state;
		}
	}
}

function listServers(state: AppState, listing: number, nextToken: string | undefined): AppCommand {
	return {
		kind: 'list-servers',
		listing,
		query: {regionId: state.regionId!, ...(state.vpnGatewayId === undefined ? {} : {vpnGatewayId: state.vpnGatewayId}), maxResults: pageSize, ...(nextToken ? {nextToken} : {})},
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
			return send({...state, regions: undefined, regionsError: undefined}, ...commands, {kind: 'list-regions'});
		}

		case 'servers': {
			// Recent servers are remembered by region only, so not offered within one gateway's servers.
			const recent = state.regionId !== undefined && state.vpnGatewayId === undefined;
			const listing = (state.serverPages?.listing ?? 0) + 1;
			const serverPages: ServerPagesState = {listing, pages: [], found: [], ready: false, loading: true, lookingUp: false, lookedUp: []};
			return send(
				{...state, recentServers: [], serverPages},
				...commands,
				...(recent ? [{kind: 'read-recent-servers', regionId: state.regionId!} as const] : []),
				...(state.regionId === undefined ? [] : [listServers(state, listing, undefined)]),
			);
		}

		case 'context': {
			const {regionId, ipsecServerId, picked} = state;
			return regionId && ipsecServerId
				? send({...state, contextError: undefined}, ...commands, {kind: 'load-context', regionId, ipsecServerId, ...(picked?.ipsecServerId === ipsecServerId ? {picked} : {})})
				: send(state, ...commands);
		}

		case 'busy': {
			const plan = state.submission?.plan;
			return plan
				? send({...state, busyStatus: {status: 'asking', ready: false}}, ...commands, {kind: 'wait-for-active', regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId})
				: send(state, ...commands);
		}

		default: {
			return send(state, ...commands);
		}
	}
}

/** Where to go once connected and a region may be known. */
const afterConnect = (state: AppState): AppState => {
	if (state.regionId === undefined) {
		return {...state, phase: 'regions'};
	}

	return {...state, phase: state.ipsecServerId === undefined ? 'servers' : 'context'};
};

export function appReducer(state: AppState, action: AppAction): AppState {
	return entered(state, reduce(state, action));
}

function reduce(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'connected': {
			const connected = {
				...state,
				connection: action.connection,
				profileNote: action.profileNote,
				regionId: state.regionId ?? action.regionId,
				...(action.preferencesProblem ? {preferencesProblem: action.preferencesProblem} : {}),
			};
			return action.pending ? {...connected, phase: 'reattach', pending: action.pending, pendingRecords: action.pendingRecords} : afterConnect(connected);
		}

		case 'reattach-accepted': {
			const pending = action.pending ?? state.pending;
			return pending
				? send({...state, phase: 'status', pending, regionId: pending.regionId, journey: freshProgress(pending.synchronous)}, {kind: 'follow-pending', pending})
				: state;
		}

		case 'reattach-declined': {
			const next = afterConnect({...state, pending: undefined});
			return action.forget && action.forget.length > 0 ? send(next, {kind: 'forget-pending', ipsecServerIds: action.forget}) : next;
		}

		case 'region-chosen': {
			return send({...state, phase: 'servers', regionId: action.regionId}, {kind: 'remember-region', regionId: action.regionId});
		}

		case 'regions-requested': {
			return {...state, phase: 'regions', ipsecServerId: undefined};
		}

		case 'server-chosen': {
			return {...state, phase: 'context', ipsecServerId: action.ipsecServerId, picked: action.server};
		}

		case 'context-loaded': {
			// Picking the same server again keeps what was typed for it.
			const sameServer = state.loaded?.server.ipsecServerId === action.loaded.server.ipsecServerId && state.draft !== undefined;
			const {server} = action.loaded;
			const remembered = send(
				state,
				{kind: 'remember-region', regionId: server.regionId},
				{kind: 'remember-server', regionId: server.regionId, ipsecServerId: server.ipsecServerId, ipsecServerName: server.ipsecServerName},
			);
			return {
				...remembered,
				phase: 'edit',
				loaded: action.loaded,
				draft: sameServer ? state.draft : action.draft,
				editStep: sameServer ? state.editStep : 'basics',
				notice: undefined,
			};
		}

		case 'context-failed': {
			return {...state, phase: 'servers', ipsecServerId: undefined};
		}

		case 'draft-changed': {
			return {...state, draft: action.draft, notice: undefined};
		}

		case 'edit-step-changed': {
			return {...state, editStep: action.step};
		}

		case 'edit-exited': {
			return {...state, phase: 'servers', ipsecServerId: undefined};
		}

		case 'submit-requested': {
			if (!state.loaded) {
				return state;
			}

			return send(
				{
					...state,
					phase: 'submit',
					submission: {plan: action.plan, edited: action.edited, requestIds: [], sending: false},
					notice: undefined,
					busyReason: undefined,
					journey: freshProgress(action.plan.synchronous),
				},
				submitCommand(state.loaded, action.plan, action.edited),
			);
		}

		case 'submit-rejected': {
			return {
				...state,
				phase: 'edit',
				editStep: 'review',
				notice: action.notice,
				loaded: action.baseline ?? state.loaded,
				submission: undefined,
				busyReason: undefined,
			};
		}

		case 'gateway-busy': {
			return {...state, phase: 'busy', busyReason: action.reason};
		}

		case 'retry-requested': {
			const {submission, loaded} = state;
			return submission && loaded
				? send(
						{...state, phase: 'submit', submission: {...submission, sending: false}, busyReason: undefined, journey: freshProgress(submission.plan.synchronous)},
						submitCommand(loaded, submission.plan, submission.edited),
					)
				: state;
		}

		case 'update-sending': {
			return state.submission ? {...state, submission: {...state.submission, sending: true}} : state;
		}

		case 'submitted': {
			return state.submission ? {...state, phase: 'status', submission: {...state.submission, requestIds: action.requestIds}} : state;
		}

		case 'outcome-unknown': {
			return state.submission
				? {...state, phase: 'status', submission: {...state.submission, requestIds: action.requestIds, answerLost: action.reason}, busyReason: undefined}
				: state;
		}

		case 'verified': {
			return {
				...state,
				phase: action.verification.verified ? 'summary' : state.phase,
				verification: action.verification,
				verifiedConfig: action.config,
				verifiedInternetIp: action.internetIp,
				statusHistory: action.history ?? [],
			};
		}

		case 'verdict-read': {
			return {...state, verdict: action.outcome};
		}

		case 'runner-report': {
			return runnerReport(state, action);
		}

		case 'servers-more': {
			const pages = state.serverPages;
			return pages && !pages.loading && pages.nextToken
				? send({...state, serverPages: {...pages, loading: true, error: undefined}}, listServers(state, pages.listing, pages.nextToken))
				: state;
		}

		case 'servers-retry': {
			const pages = state.serverPages;
			// After the first page, the next one; before it, the first again.
			return pages && !pages.loading
				? send({...state, serverPages: {...pages, loading: true, error: undefined}}, listServers(state, pages.listing, pages.ready ? pages.nextToken : undefined))
				: state;
		}

		case 'servers-lookup': {
			const pages = state.serverPages;
			const key = JSON.stringify(action.query);
			return pages && !pages.lookedUp.includes(key)
				? send(
						{...state, serverPages: {...pages, lookingUp: true, lookedUp: [...pages.lookedUp, key]}},
						{kind: 'look-up-servers', listing: pages.listing, query: {...action.query, maxResults: pageSize}},
					)
				: state;
		}

		case 'connect-retry': {
			return send({...state, connectError: undefined}, {kind: 'connect', ...(state.profile === undefined ? {} : {profile: state.profile})});
		}

		case 'regions-retry': {
			return send({...state, regionsError: undefined}, {kind: 'list-regions'});
		}

		case 'context-retry': {
			const {regionId, ipsecServerId, picked} = state;
			return regionId && ipsecServerId
				? send({...state, contextError: undefined}, {kind: 'load-context', regionId, ipsecServerId, ...(picked?.ipsecServerId === ipsecServerId ? {picked} : {})})
				: state;
		}

		case 'leave-requested': {
			return state.leaving ? state : send({...state, leaving: true}, {kind: 'stop-following'});
		}

		case 'finish-requested': {
			const outcome = state.journey?.outcome;
			return outcome ? send(state, {kind: 'end', outcome, follow: followedUpdate(state)}) : state;
		}

		case 'summary-done': {
			const answerLost = state.submission?.answerLost !== undefined;
			return send(state, {kind: 'end', outcome: {kind: 'verified', requestIds: state.submission?.requestIds ?? [], answerLost}, follow: followedUpdate(state)});
		}

		case 'profiles-opened': {
			return {...state, profiles: {kind: 'ask'}};
		}

		case 'profiles-requested': {
			const config = state.verifiedConfig;
			const ipsecServerId = state.loaded?.server.ipsecServerId ?? state.pending?.ipsecServerId ?? '';
			const gatewayInternetIp = state.loaded?.gateway.internetIp || state.verifiedInternetIp || '';
			return config
				? send({...state, profiles: {kind: 'writing'}}, {kind: 'write-client-profiles', directory: action.directory, input: {config, gatewayInternetIp, ipsecServerId, includePsk: action.includePsk}})
				: state;
		}

		case 'profiles-closed': {
			return {...state, profiles: undefined};
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
	const plan = state.submission?.plan;
	// An update whose answer was lost stays in doubt whatever screen shows, until a verdict.
	if (plan && (state.phase === 'submit' || state.phase === 'status' || state.phase === 'busy' || (state.submission?.answerLost !== undefined && state.phase !== 'summary'))) {
		return {regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId, ipsecServerId: plan.ipsecServerId};
	}

	const pending = state.phase === 'status' ? state.pending : undefined;
	return pending ? {regionId: pending.regionId, vpnGatewayId: pending.vpnGatewayId, ipsecServerId: pending.ipsecServerId} : undefined;
}

/** How the wizard would end if it were stopped now, when that is more than "nothing was changed". */
export function interruptOutcome(state: AppState): Outcome | undefined {
	// Once the server was read, its verdict is what happened, not "may have been applied".
	if (state.verdict) {
		return {kind: 'interrupted', sent: true, verdict: state.verdict};
	}

	// Before the real call left (re-read, DryRun) or while the gateway refused it as busy, nothing
	// can have been applied; saying "may have been" would send someone to follow a change never made.
	if ((state.phase === 'submit' && state.submission && !state.submission.sending) || state.phase === 'busy') {
		return {kind: 'interrupted', sent: false};
	}

	return followedUpdate(state) ? {kind: 'interrupted', sent: true} : undefined;
}

/** Edits typed but not yet submitted (also after stepping back to the picker, which keeps them). */
export const hasUnsavedEdits = (state: AppState): boolean =>
	(state.phase === 'edit' || state.phase === 'servers' || state.phase === 'context') &&
	state.loaded !== undefined &&
	state.draft !== undefined &&
	isDraftDirty(state.draft, configFromServer(state.loaded.server));
