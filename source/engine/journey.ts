// The journey from a loaded server to what happened to it, as data: the phases (each holding only
// what it needs), the events that move it on, the commands it asks the runner to carry out, and the
// Outcome it ends in. No I/O, no Ink: update.ts decides, runner.ts does.
import type {FieldChange, FieldOutcome, Verification} from '../domain/index.js';
import type {IpsecServer, IpsecServerConfig, ServerContext, UpdatePlan, VpnGateway, VpnGatewayStatus} from '../domain/model.js';
import type {AuditVerdict} from '../services/audit-log.js';
import type {PendingUpdate, PskHash} from '../services/pending-update.js';
import type {GatewayObservation, WatchOutcome} from '../services/watch-update.js';

/** A server with what the checks need around it (the wizard's `Loaded`). */
export type LoadedServer = {server: IpsecServer; context: ServerContext; gateway: VpnGateway};

/**
 * How the base's key is known: as the server gave it (the wizard read it this run), or only as a
 * salted hash (a plan file never holds a key, so `apply` compares the re-read key to the hash).
 */
export type BaseKey = {kind: 'plain'} | {kind: 'hashed'; hash: PskHash};

/** The server the change was made against, and its configuration, computed once. */
export type Base = {loaded: LoadedServer; config: IpsecServerConfig; key: BaseKey};

/** What is to be sent: the plan, the configuration it leads to, and its changes as the audit shows them. */
export type Change = {plan: UpdatePlan; expected: IpsecServerConfig; changes: FieldChange[]};

export type SubmitStage = 'rereading' | 'prechecking' | 'recording' | 'submitting';

/** How the update's answer came back: it did, or it was lost (the outcome is then read from the server). */
export type Answer = {kind: 'received'} | {kind: 'lost'; error: unknown; reason: string};

export type Phase =
	| {phase: 'planned'; base: Base; change: Change}
	| {phase: 'rereading'; base: Base; change: Change}
	/** The server changed since the base: its context is read for the review that follows. */
	| {phase: 'reloading'; base: Base; changes: FieldChange[]}
	| {phase: 'prechecking'; base: Base; change: Change; requestIds: string[]}
	| {phase: 'recording'; base: Base; change: Change; requestIds: string[]}
	| {phase: 'submitting'; base: Base; change: Change; requestIds: string[]}
	| {phase: 'following'; base: Base; change: Change; requestIds: string[]; answer: Answer}
	| {phase: 'verifying'; base: Base; change: Change; requestIds: string[]; answer: Answer}
	/**
	 * An update an earlier run recorded but never verified, followed again (re-attached): judged
	 * against the record (its intended values, the salted hash of its key). `verifying`: the gateway
	 * is active and the server is being re-read.
	 */
	| {phase: 'reattached'; pending: PendingUpdate; verifying: boolean}
	/** Following a gateway with no recorded update to judge (`status` without a record): until it is active. */
	| {phase: 'watching'; target: GatewayTarget}
	| {phase: 'done'; outcome: Outcome};

export type PhaseName = Phase['phase'];

/** How the journey ended. Every final line and exit code is chosen from this (source/cli/outcome-table.ts). */
export type Outcome =
	/** `server`: the server as re-read, holding the change (the wizard's summary shows it). */
	| {kind: 'verified'; requestIds: string[]; answerLost: boolean; server?: IpsecServer}
	| {kind: 'nothing-to-change'}
	/** The re-read server already holds every planned value (our own earlier attempt): nothing sent. */
	| {kind: 'already-applied'; requestIds: string[]}
	/** Someone changed the server since it was loaded: nothing sent. */
	| {kind: 'changed-elsewhere'; changes: FieldChange[]; baseline: LoadedServer}
	/** The gateway is busy with another change: nothing applied. */
	| {kind: 'busy'; error: unknown}
	/** Refused before anything was applied (by the service, or a record we could not write). */
	| {kind: 'refused'; stage: SubmitStage; error: unknown; sentence?: string}
	/** After a lost answer the server still has its old settings. */
	| {kind: 'not-applied'; requestIds: string[]; verification: Verification}
	/** After a lost answer the server has some planned settings, not all. */
	| {kind: 'partly'; requestIds: string[]; fields: FieldOutcome[]; verification: Verification}
	/** The answer came, the gateway is active, and the server does not hold what was sent. */
	| {kind: 'failed-verification'; requestIds: string[]; watch: Extract<WatchOutcome, {kind: 'mismatch'}>}
	| {kind: 'timed-out'; requestIds: string[]; lastStatus?: VpnGatewayStatus; answerLost: boolean}
	/** Following the gateway failed: the update may have been applied. */
	| {kind: 'follow-failed'; requestIds: string[]; error: unknown}
	/** The user said no when asked to send it: nothing sent. */
	| {kind: 'cancelled'}
	/**
	 * Stopped by the user or a signal; `sent`: the update may already be on its way. `verdict`: what
	 * the re-read server had already said (then that is what happened, not "may have been applied").
	 */
	| {kind: 'interrupted'; sent: boolean; verdict?: Outcome}
	/** The wizard left before anything was sent (Ctrl+C with nothing typed, or `q` with no edits). */
	| {kind: 'aborted'}
	/** The wizard's quit, confirmed over unsaved edits: nothing was sent. */
	| {kind: 'quit'}
	/** `q` on the live status: the update goes on in the cloud; `answerLost`: its outcome is not known. */
	| {kind: 'left'; answerLost: boolean}
	/** Followed with nothing to verify (no server named): the gateway is active again. */
	| {kind: 'gateway-active'};

/** A failed step as the flow's rules need to see it (the runner derives it from the error). */
export type Failure = {
	/** The request may have reached the service: only a re-read can tell. */
	unknown: boolean;
	/** The gateway is busy with another change (VpnGateway.Configuring, OperationConflict). */
	busy: boolean;
	/** An API error (refused by the service, or never sent); false for a file or program error. */
	api: boolean;
	requestId?: string;
	/** One sentence for the audit line (the service's code and RequestId where there is one). */
	detail?: string;
	/** Says it better than the error: a file that could not be written, nothing sent. */
	sentence?: string;
};

export type Event =
	/** The plan was confirmed (the review's Submit, apply's y or --yes): the journey starts. */
	| {kind: 'confirmed'}
	| {kind: 'cancelled'}
	| {kind: 'server-read'; server: IpsecServer}
	| {kind: 'context-loaded'; loaded: LoadedServer}
	| {kind: 'dry-run-passed'; requestId: string}
	| {kind: 'pending-recorded'}
	| {kind: 'submitted'; requestId: string}
	| {kind: 'failed'; error: unknown; failure: Failure}
	| {kind: 'gateway-observed'; observation: GatewayObservation}
	| {kind: 'verifying'}
	| {kind: 'followed'; outcome: WatchOutcome}
	/** A signal or the user stopped it; `callInFlight`: the update may have left (it was being sent). */
	| {kind: 'interrupted'; callInFlight: boolean};

export type GatewayTarget = {regionId: string; vpnGatewayId: string; ipsecServerId?: string};

export type AuditTarget = {regionId: string; ipsecServerId: string; vpnGatewayId: string};

export type Command =
	| {kind: 'read-server'; regionId: string; ipsecServerId: string}
	| {kind: 'load-context'; server: IpsecServer}
	| {kind: 'dry-run'; plan: UpdatePlan}
	/** Before the update leaves: a lost answer can be found again from this record. */
	| {kind: 'record-pending'; plan: UpdatePlan; expected: IpsecServerConfig; before: IpsecServerConfig; changes: FieldChange[]}
	| {kind: 'clear-pending'; ipsecServerId: string}
	| {kind: 'audit'; target: AuditTarget; changes: FieldChange[]; requestIds: string[]; verdict: AuditVerdict; detail?: string}
	| {kind: 'submit'; plan: UpdatePlan}
	/** Follow the gateway until active, then re-read and judge the server (verify, or classify after a lost answer). */
	| {kind: 'follow'; plan: UpdatePlan; expected: IpsecServerConfig; before: IpsecServerConfig; key: BaseKey}
	/** The same for a re-attached record: verified against its values and its key's hash. */
	| {kind: 'follow-pending'; pending: PendingUpdate}
	/** Follow a gateway until it is active; nothing to verify. */
	| {kind: 'follow-gateway'; target: GatewayTarget}
	/** The verdict's audit line, and the pending record dropped once there is one. */
	| {kind: 'record-outcome'; target: AuditTarget; changes: FieldChange[]; requestIds: string[]; outcome: WatchOutcome; detail?: string};

export type Step = {state: Phase; commands: Command[]};
