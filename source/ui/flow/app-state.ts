// The wizard's state as a union of phases, each holding what its screen shows and nothing a view
// must re-check, and the actions that move it (app-reducer.ts). What is shared by every phase
// (the command line's choices, the overlay, the outbox) is SharedState.
import type {IpsecServer, IpsecServerConfig, Region, ServerContext, UpdatePlan, VpnGateway} from '../../domain/model.js';
import type {RecentServer} from '../../services/preferences-store.js';
import type {ListIpsecServersQuery, RetryEvent} from '../../api/vpc-api.js';
import type {FieldChange, Verification} from '../../domain/index.js';
import type {ProfileFile} from '../../domain/client-profiles/profile-input.js';
import type {SubmitStage} from '../../engine/journey.js';
import type {WizardCommand, WizardReport} from '../../engine/wizard-runner.js';
import type {PendingUpdate} from '../../services/pending-update.js';
import type {GatewayObservation} from '../../services/watch-update.js';
import type {CredentialSummary} from '../../services/services.js';
import type {Outcome} from '../../engine/journey.js';
import type {Draft} from '../edit/draft.js';
import type {EditNotice} from '../edit/edit-notice.js';
import type {EditStepId} from '../edit/edit-steps.js';

export type Phase = 'connect' | 'reattach' | 'regions' | 'servers' | 'context' | 'edit' | 'submit' | 'busy' | 'status' | 'summary';

export type Loaded = {server: IpsecServer; context: ServerContext; gateway: VpnGateway};

export type Submission = {
	plan: UpdatePlan;
	edited: IpsecServerConfig;
	/** The plan's changes against the base (the review's diff, not worked out again). */
	changes: FieldChange[];
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
	/** Why an audit line could not be written (the change itself is not undone). */
	auditProblem?: string;
	/** The first tick on the live status: its elapsed time counts from here. */
	followingSince?: number;
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

export type HeardRetry = {latest: RetryEvent; waiting: boolean; at: number};

/** What the App asks for besides rendering: the wizard runner's commands, and the way out. */
export type AppCommand = WizardCommand | {kind: 'end'; outcome: Outcome; follow?: {regionId: string; vpnGatewayId: string; ipsecServerId?: string}};

/** What every phase shares: the command line's choices, the overlay, the outbox. */
export type SharedState = {
	/** --profile, for connecting (and remembering it). */
	profile?: string;
	/** --region, the profile's or the last one; the one chosen once it is. */
	regionId?: string;
	/** From --server, or the row picked. */
	ipsecServerId?: string;
	/** Only servers on this gateway (--gateway). */
	vpnGatewayId?: string;
	/** preferences.json had keys that could not be used: which ones (said on the first screens). */
	preferencesProblem?: string;
	overlay?: 'help' | 'confirm-abort';
	/** Visits to the picker so far: each starts a new listing (older answers are dropped). */
	listings: number;
	/** The time of the latest tick (ms), for the counters on screen; ticks come while one is shown. */
	clock?: number;
	/** The client's latest retry of the call under way, and when it was heard of; gone once the call answers. */
	retry?: HeardRetry;
	/** Commands for the runner hook, in order; each carried out once (by its id). */
	outbox: Array<{id: number; command: AppCommand}>;
};

/** Every phase after connecting. */
export type Connected = SharedState & {
	/** Where the key came from, for the credential line (the connection itself is the runner's). */
	credentials: CredentialSummary;
	/** Where the audit lines go, for the final lines and the summary. */
	auditLogPath: string;
	/** Where the wizard was started: the client profiles' folder is made in it. */
	workingDirectory: string;
	/** Drawn at random on connecting: the review's ClientTokens are named in it (domain/client-token.ts). */
	clientTokenNamespace: string;
	/** Submissions so far: each is its own attempt, so a plan that comes back to the review gets a new ClientToken. */
	submissions: number;
	/** When this run's credentials are not the profile the last run used: how to use that one. */
	profileNote?: string;
};

/** The server opened and what is typed for it: the base configuration is worked out once, on loading. */
export type Editing = {loaded: Loaded; base: IpsecServerConfig; draft: Draft; editStep: EditStepId};

/** Edits typed for the server opened last, kept while stepping back to the picker (picking it again resumes them). */
export type KeptEdits = {kept?: Editing};

/** What the status and the summary follow: the update just submitted, or the unfinished one re-attached. */
export type Followed = {loaded: Loaded; submission: Submission} | {pending: PendingUpdate};

export type ConnectPhase = SharedState & {
	phase: 'connect';
	/** Why connecting failed, until the next attempt. */
	connectError?: string;
};

export type ReattachPhase = Connected & {
	phase: 'reattach';
	/** The newest unfinished update found at launch. */
	pending: PendingUpdate;
	/** Every unfinished update found at launch, newest first (the offer lists them). */
	pendingRecords: PendingUpdate[];
};

export type RegionsPhase = Connected & KeptEdits & {phase: 'regions'; regions?: Region[]; regionsError?: string};

export type ServersPhase = Connected & KeptEdits & {
	phase: 'servers';
	regionId: string;
	/** The picker's pages of ListIpsecServers and its look-ups. */
	serverPages: ServerPagesState;
	/** The servers opened lately in this region (the picker's Tab). */
	recentServers: RecentServer[];
};

export type ContextPhase = Connected & KeptEdits & {
	phase: 'context';
	regionId: string;
	ipsecServerId: string;
	/** The picker's row, while its context loads. */
	picked?: IpsecServer;
	contextError?: string;
};

export type EditPhase = Connected & Editing & {phase: 'edit'; notice?: EditNotice};

/** A submission on its way: what was typed stays, for going back to the review. */
export type Sending = Connected & Editing & {submission: Submission; journey: JourneyProgress};

export type SubmitPhase = Sending & {phase: 'submit'};

export type BusyPhase = Sending & {
	phase: 'busy';
	/** Why the gateway refused for now (Configuring / OperationConflict). */
	busyReason: string;
	/** The gateway's status while waiting, and whether the wait has ended. */
	busyStatus: {status: string; ready: boolean};
};

export type StatusPhase = Connected & Followed & {
	phase: 'status';
	journey: JourneyProgress;
	/** `q` was pressed: once following has stopped, the wizard ends. */
	leaving?: boolean;
	/** What the re-read server said when it does not hold the plan (not applied / partly): how it ends. */
	verdict?: Outcome;
};

export type SummaryPhase = Connected & Followed & {
	phase: 'summary';
	journey: JourneyProgress;
	verification: Verification;
	/** The configuration the server has after the verified change. */
	verifiedConfig: IpsecServerConfig;
	/** The re-read server's public IP, for when no context was loaded (re-attach). */
	verifiedInternetIp: string;
	/** The gateway's status changes while the update was followed (empty for a name-only change). */
	statusHistory: GatewayObservation[];
	profiles?: ProfilesState;
};

export type AppState = ConnectPhase | ReattachPhase | RegionsPhase | ServersPhase | ContextPhase | EditPhase | SubmitPhase | BusyPhase | StatusPhase | SummaryPhase;

/** The state in one phase. */
export type PhaseState<P extends Phase> = Extract<AppState, {phase: P}>;

export type AppAction =
	| {type: 'connected'; credentials: CredentialSummary; auditLogPath: string; workingDirectory: string; clientTokenNamespace: string; regionId?: string; pending?: PendingUpdate; pendingRecords?: PendingUpdate[]; profileNote?: string; preferencesProblem?: string}
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
	/** `changes`: the review's diff of the pair, when it has it (else it is worked out here). */
	| {type: 'submit-requested'; plan: UpdatePlan; edited: IpsecServerConfig; changes?: FieldChange[]}
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
	| {type: 'runner-report'; report: WizardReport; said: {arrow: string}}
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
	/** A tick of the screens' clock (they come while a counter is on screen: clockShown). */
	| {type: 'clock-ticked'; now: number}
	/** The client retries the call under way (its wait started or ended). */
	| {type: 'retry-heard'; latest: RetryEvent; waiting: boolean; at: number}
	/** Esc while a throttled call waits: the wait ends, and the call fails saying so. */
	| {type: 'retry-wait-stopped'}
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
