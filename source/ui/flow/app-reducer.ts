// The wizard's phase machine, pure: connect -> regions -> servers -> context -> edit (steps 3-8)
// -> submit -> status -> summary, plus re-attaching to an unfinished update and the overlays.
// Everything typed lives in `draft`, which no transition discards until the program ends.
import type {IpsecServer, IpsecServerConfig, ServerContext, UpdatePlan, VpnGateway} from '../../domain/model.js';
import type {Verification} from '../../domain/index.js';
import type {PendingUpdate} from '../../services/pending-update.js';
import type {GatewayObservation} from '../../services/watch-update.js';
import type {Connection} from '../../services/services.js';
import type {Outcome} from '../../engine/journey.js';
import type {Draft} from '../edit/draft.js';
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

export type AppState = {
	phase: Phase;
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
	| {type: 'connected'; connection: Connection; regionId?: string; pending?: PendingUpdate; profileNote?: string}
	| {type: 'reattach-accepted'; pending?: PendingUpdate}
	| {type: 'reattach-declined'}
	| {type: 'region-chosen'; regionId: string}
	| {type: 'regions-requested'}
	| {type: 'server-chosen'; ipsecServerId: string}
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
	| {type: 'help-toggled'}
	| {type: 'abort-requested'}
	| {type: 'abort-cancelled'};

export const initialAppState = (options: {regionId?: string; ipsecServerId?: string; vpnGatewayId?: string}): AppState => ({
	phase: 'connect',
	regionId: options.regionId,
	ipsecServerId: options.ipsecServerId,
	vpnGatewayId: options.vpnGatewayId,
	editStep: 'basics',
});

/** Where to go once connected and a region may be known. */
const afterConnect = (state: AppState): AppState => {
	if (state.regionId === undefined) {
		return {...state, phase: 'regions'};
	}

	return {...state, phase: state.ipsecServerId === undefined ? 'servers' : 'context'};
};

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'connected': {
			const connected = {...state, connection: action.connection, profileNote: action.profileNote, regionId: state.regionId ?? action.regionId};
			return action.pending ? {...connected, phase: 'reattach', pending: action.pending} : afterConnect(connected);
		}

		case 'reattach-accepted': {
			const pending = action.pending ?? state.pending;
			return pending ? {...state, phase: 'status', pending, regionId: pending.regionId} : state;
		}

		case 'reattach-declined': {
			return afterConnect({...state, pending: undefined});
		}

		case 'region-chosen': {
			return {...state, phase: 'servers', regionId: action.regionId};
		}

		case 'regions-requested': {
			return {...state, phase: 'regions', ipsecServerId: undefined};
		}

		case 'server-chosen': {
			return {...state, phase: 'context', ipsecServerId: action.ipsecServerId};
		}

		case 'context-loaded': {
			// Picking the same server again keeps what was typed for it.
			const sameServer = state.loaded?.server.ipsecServerId === action.loaded.server.ipsecServerId && state.draft !== undefined;
			return {
				...state,
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
			return {...state, phase: 'submit', submission: {plan: action.plan, edited: action.edited, requestIds: [], sending: false}, notice: undefined, busyReason: undefined};
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
			return state.submission ? {...state, phase: 'submit', submission: {...state.submission, sending: false}, busyReason: undefined} : state;
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

		case 'help-toggled': {
			return {...state, overlay: state.overlay === 'help' ? undefined : 'help'};
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
