// The flow's rules, pure: update(state, event) -> the next phase and the commands to carry out.
// Re-read before submitting (someone may have changed the server), DryRun without the plan's
// ClientToken (the runner's api call leaves it off), record the pending update and the audit line
// `sending` before the update leaves, submit with the plan's token, follow the gateway and judge
// the re-read server. An answer that never arrived is never taken for either outcome: the server
// is read again and the outcome said from what it holds.
import {configFromServer, diffConfig, verifyApplied, type FieldChange} from '../domain/index.js';
import type {IpsecServer, IpsecServerConfig} from '../domain/model.js';
import {pskMatchesHash} from '../services/pending-update.js';
import type {WatchOutcome} from '../services/watch-update.js';
import type {PendingUpdate} from '../services/pending-update.js';
import type {Answer, AuditTarget, Base, Change, Command, Event, Failure, GatewayTarget, Outcome, Phase, Step, SubmitStage} from './journey.js';

const targetOf = ({plan}: Change): AuditTarget => ({regionId: plan.regionId, ipsecServerId: plan.ipsecServerId, vpnGatewayId: plan.vpnGatewayId});

const done = (outcome: Outcome, commands: Command[] = []): Step => ({state: {phase: 'done', outcome}, commands});

const audit = (change: Change, requestIds: string[], verdict: Extract<Command, {kind: 'audit'}>['verdict'], detail?: string): Command => ({
	kind: 'audit',
	target: targetOf(change),
	changes: change.changes,
	requestIds: [...requestIds],
	verdict,
	...(detail === undefined ? {} : {detail}),
});

/**
 * The base configuration with the key as the re-read server can be compared to it: a base known
 * only by its key's hash takes the re-read key when the hash matches, and a different one when not.
 */
export function comparableBase(base: Base, reread: IpsecServer): IpsecServerConfig {
	if (base.key.kind === 'plain') {
		return base.config;
	}

	return {...base.config, psk: pskMatchesHash(reread.psk, base.key.hash) ? reread.psk : `${reread.psk}\u0000`};
}

/** The fields that differ between the base and the server as re-read now. */
export function changedSince(base: Base, reread: IpsecServer): FieldChange[] {
	return diffConfig(comparableBase(base, reread), configFromServer(reread), base.loaded.context).changes;
}

/** A plan waiting to be confirmed. */
export const planned = (base: Base, change: Change): Step => ({state: {phase: 'planned', base, change}, commands: []});

/** The start of the journey: re-read the server before anything is sent. */
export function start(base: Base, change: Change): Step {
	return {
		state: {phase: 'rereading', base, change},
		commands: [{kind: 'read-server', regionId: change.plan.regionId, ipsecServerId: change.plan.ipsecServerId}],
	};
}

function stepFailed(stage: SubmitStage, error: unknown, failure: Failure): Step {
	if (failure.api && failure.busy) {
		return done({kind: 'busy', error});
	}

	return done({kind: 'refused', stage, error, ...(failure.sentence === undefined ? {} : {sentence: failure.sentence})});
}

/**
 * What the end of following the gateway says happened. Only after a lost answer is a server without
 * the plan said as not (or partly) applied: with the answer received, it failed verification.
 */
export function outcomeOfWatch(
	watch: WatchOutcome,
	{requestIds, answerLost, unknownAnswer = answerLost}: {requestIds: string[]; answerLost: boolean; unknownAnswer?: boolean},
): Outcome {
	switch (watch.kind) {
		case 'verified': {
			return {kind: 'verified', requestIds, answerLost, server: watch.server};
		}

		case 'active': {
			return {kind: 'gateway-active'};
		}

		case 'mismatch': {
			if (unknownAnswer && watch.outcome?.kind === 'not-applied') {
				return {kind: 'not-applied', requestIds, verification: watch.verification};
			}

			if (unknownAnswer && watch.outcome?.kind === 'partly') {
				return {kind: 'partly', requestIds, fields: watch.outcome.fields, verification: watch.verification};
			}

			return {kind: 'failed-verification', requestIds, watch};
		}

		case 'timeout': {
			return {kind: 'timed-out', requestIds, answerLost, ...(watch.lastStatus ? {lastStatus: watch.lastStatus} : {})};
		}

		case 'failed': {
			return {kind: 'follow-failed', requestIds, error: watch.error};
		}

		case 'aborted': {
			return {kind: 'interrupted', sent: true};
		}
	}
}

function followed(state: Extract<Phase, {phase: 'following' | 'verifying'}>, watch: WatchOutcome): Step {
	const {change, requestIds, answer} = state;
	const record: Command = {kind: 'record-outcome', target: targetOf(change), changes: change.changes, requestIds: [...requestIds], outcome: watch};
	const answerLost = answer.kind === 'lost';
	// The journey always verifies a server: a gateway active without one to judge still counts as done.
	const outcome = watch.kind === 'active' ? ({kind: 'verified', requestIds, answerLost} as const) : outcomeOfWatch(watch, {requestIds, answerLost});
	return done(outcome, [record]);
}

/** Follow the gateway after the update was sent (or found already applied), then verify. */
export function startFollowing(base: Base, change: Change, requestIds: string[], answer: Answer = {kind: 'received'}): Step {
	return {
		state: {phase: 'following', base, change, requestIds, answer},
		commands: [{kind: 'follow', plan: change.plan, expected: change.expected, before: base.config, key: base.key}],
	};
}

/**
 * Re-attach to an update an earlier run recorded and never verified (the wizard's offer at launch,
 * `ipsec-wizard status`): follow its gateway, then judge the re-read server against the record.
 */
export function startFollowingPending(pending: PendingUpdate): Step {
	return {state: {phase: 'reattached', pending, verifying: pending.synchronous}, commands: [{kind: 'follow-pending', pending}]};
}

/** Follow a gateway that has no recorded update (`status` without one): it ends active, timed out or failed. */
export function startWatchingGateway(target: GatewayTarget): Step {
	return {state: {phase: 'watching', target}, commands: [{kind: 'follow-gateway', target}]};
}

function followedPending(pending: PendingUpdate, watch: WatchOutcome): Step {
	const target: AuditTarget = {regionId: pending.regionId, ipsecServerId: pending.ipsecServerId, vpnGatewayId: pending.vpnGatewayId};
	const record: Command = {kind: 'record-outcome', target, changes: pending.changes ?? [], requestIds: [], outcome: watch};
	// Whether the recorded update ever arrived is not known: a server without it is said as not
	// (or partly) applied; one with it is verified.
	return done(outcomeOfWatch(watch, {requestIds: [], answerLost: false, unknownAnswer: true}), [record]);
}

export function update(state: Phase, event: Event): Step {
	const same: Step = {state, commands: []};
	if (state.phase === 'done') {
		return same;
	}

	if (event.kind === 'interrupted') {
		if (state.phase === 'watching') {
			// Nothing was sent and nothing is recorded: stopping only stops the watching.
			return done(outcomeOfWatch({kind: 'aborted'}, {requestIds: [], answerLost: false}));
		}

		if (state.phase === 'reattached') {
			return followedPending(state.pending, {kind: 'aborted'});
		}

		if (state.phase === 'following' || state.phase === 'verifying') {
			return followed(state, {kind: 'aborted'});
		}

		if (state.phase === 'submitting' && !event.callInFlight) {
			// Stopped after the records were written but before the call left: the records say so.
			return done({kind: 'interrupted', sent: false}, [
				{kind: 'clear-pending', ipsecServerId: state.change.plan.ipsecServerId},
				audit(state.change, state.requestIds, 'failed', 'Interrupted before it was sent.'),
			]);
		}

		// Stopped while the update was being sent: it may have left, so it is said as possibly applied.
		return done({kind: 'interrupted', sent: state.phase === 'submitting'});
	}

	switch (state.phase) {
		case 'planned': {
			if (event.kind === 'confirmed') {
				return start(state.base, state.change);
			}

			return event.kind === 'cancelled' ? done({kind: 'cancelled'}) : same;
		}

		case 'rereading': {
			if (event.kind === 'failed') {
				return stepFailed('rereading', event.error, event.failure);
			}

			if (event.kind !== 'server-read') {
				return same;
			}

			const {base, change} = state;
			const changes = changedSince(base, event.server);
			if (changes.length > 0) {
				// The server already has what the plan sets (our own earlier attempt, e.g. retried after
				// a busy answer, or the same plan applied twice): nothing to send, nobody else to blame.
				if (verifyApplied(change.plan, change.expected, event.server).verified) {
					return done({kind: 'already-applied', requestIds: []});
				}

				return {state: {phase: 'reloading', base, changes}, commands: [{kind: 'load-context', server: event.server}]};
			}

			return {state: {phase: 'prechecking', base, change, requestIds: []}, commands: [{kind: 'dry-run', plan: change.plan}]};
		}

		case 'reloading': {
			if (event.kind === 'failed') {
				return stepFailed('rereading', event.error, event.failure);
			}

			return event.kind === 'context-loaded' ? done({kind: 'changed-elsewhere', changes: state.changes, baseline: event.loaded}) : same;
		}

		case 'prechecking': {
			if (event.kind === 'failed') {
				return stepFailed('prechecking', event.error, event.failure);
			}

			if (event.kind !== 'dry-run-passed') {
				return same;
			}

			const {base, change} = state;
			return {
				state: {phase: 'recording', base, change, requestIds: [...state.requestIds, event.requestId]},
				commands: [{kind: 'record-pending', plan: change.plan, expected: change.expected, before: base.config, changes: change.changes}],
			};
		}

		case 'recording': {
			if (event.kind === 'failed') {
				// Without the record a lost answer could not be found again: nothing is sent.
				return stepFailed('recording', event.error, {...event.failure, busy: false});
			}

			if (event.kind !== 'pending-recorded') {
				return same;
			}

			const {base, change, requestIds} = state;
			// The attempt's audit line is on disk before the update leaves (a kill in flight keeps it).
			return {state: {phase: 'submitting', base, change, requestIds}, commands: [audit(change, requestIds, 'sending'), {kind: 'submit', plan: change.plan}]};
		}

		case 'submitting': {
			const {base, change} = state;
			const follow: Command = {kind: 'follow', plan: change.plan, expected: change.expected, before: base.config, key: base.key};
			if (event.kind === 'submitted') {
				const requestIds = [...state.requestIds, event.requestId];
				return {state: {phase: 'following', base, change, requestIds, answer: {kind: 'received'}}, commands: [audit(change, requestIds, 'submitted'), follow]};
			}

			if (event.kind !== 'failed') {
				return same;
			}

			const {failure} = event;
			const requestIds = failure.requestId ? [...state.requestIds, failure.requestId] : state.requestIds;
			if (failure.api && failure.unknown) {
				return {
					state: {phase: 'following', base, change, requestIds, answer: {kind: 'lost', error: event.error, reason: failure.detail ?? 'no answer'}},
					commands: [audit(change, requestIds, 'unknown', failure.detail), follow],
				};
			}

			// Refused, or never sent (a refused connection): nothing was applied.
			const failed = stepFailed('submitting', event.error, failure);
			return {
				state: failed.state,
				commands: [...(failure.api ? [{kind: 'clear-pending', ipsecServerId: change.plan.ipsecServerId} as const] : []), audit(change, requestIds, 'failed', failure.api ? failure.detail : undefined)],
			};
		}

		case 'watching': {
			return event.kind === 'followed' ? done(outcomeOfWatch(event.outcome, {requestIds: [], answerLost: false})) : same;
		}

		case 'reattached': {
			if (event.kind === 'verifying') {
				return {state: {...state, verifying: true}, commands: []};
			}

			return event.kind === 'followed' ? followedPending(state.pending, event.outcome) : same;
		}

		case 'following':
		case 'verifying': {
			if (event.kind === 'verifying') {
				return {state: {...state, phase: 'verifying'}, commands: []};
			}

			return event.kind === 'followed' ? followed(state, event.outcome) : same;
		}
	}
}
