// The live status as plain text, shared by the status screen and the `status` command.
import {partlyLines, type UpdateOutcome, type Verification} from '../../domain/index.js';
import type {GatewayObservation, WatchEvent, WatchOutcome} from '../../services/watch-update.js';
import {errorSentence} from './error-text.js';

/** `10 min`, `1 h`, `90 s`: a --timeout for sentences. */
export function formatDuration(ms: number): string {
	const unitMs = {s: 1000, m: 60_000, h: 3_600_000};
	if (ms % unitMs.h === 0) {
		return `${ms / unitMs.h} h`;
	}

	if (ms % unitMs.m === 0) {
		return `${ms / unitMs.m} min`;
	}

	return `${Math.round(ms / 1000)} s`;
}

export const clockTime = (at: number): string => new Date(at).toTimeString().slice(0, 8);

export function formatElapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	return minutes > 0 ? `${minutes} min ${String(seconds % 60).padStart(2, '0')} s` : `${seconds} s`;
}

export const transitionLine = (observation: GatewayObservation): string =>
	`${clockTime(observation.at)}  ${observation.status} (${observation.businessStatus})`;

/** The plain line a command prints for a look at the gateway: a status change, or a failed poll. */
export function watchProgressLine(event: WatchEvent, vpnGatewayId: string): string | undefined {
	if (event.kind === 'observed' && event.changed) {
		return `${transitionLine(event.observation)}  gateway ${event.observation.gatewayName || vpnGatewayId}, RequestId ${event.observation.requestId}`;
	}

	return event.kind === 'poll-failed' ? `${clockTime(event.at)}  ${event.error?.describe() ?? 'The status could not be read; trying again.'}` : undefined;
}

export function mismatchLines(verification: Verification): string[] {
	return verification.mismatches.map(mismatch => `${mismatch.label}: expected ${mismatch.expected}, the server has ${mismatch.actual}`);
}

/** What `status` needs to find the update again: the IDs, and how this run connected. */
export type FollowTarget = {
	regionId: string;
	vpnGatewayId: string;
	ipsecServerId?: string;
	/** e.g. `--endpoint http://127.0.0.1:8080`, `--profile work`, already shell-quoted. */
	connectionFlags?: string[];
};

export function reattachCommand(target: FollowTarget): string {
	return [
		'ipsec-wizard status',
		`--region ${target.regionId}`,
		`--gateway ${target.vpnGatewayId}`,
		target.ipsecServerId ? `--server ${target.ipsecServerId}` : undefined,
		...(target.connectionFlags ?? []),
	]
		.filter(Boolean)
		.join(' ');
}

/** A server that does not hold the plan, said from what was read: not applied, or which fields. */
export function unappliedLines(outcome: UpdateOutcome | undefined, verification: Verification): string[] {
	if (outcome?.kind === 'not-applied') {
		return ['Not applied: the server still has its old settings, so nothing was changed.', 'Run the wizard again to make the change.'];
	}

	if (outcome?.kind === 'partly') {
		return ['Partly applied: the server has some of the planned settings, not all:', ...partlyLines(outcome.fields), 'Check it in the console, then run the wizard again.'];
	}

	return ['The gateway is active, but the server does not have what was sent:', ...mismatchLines(verification), 'Check it in the console, then run the wizard again.'];
}

/**
 * What the screen says while an update whose answer was lost is being settled. Only the first
 * clause of the error is kept: its advice ("try again") is wrong here, the wizard reads the server.
 */
export const answerLostLine = (reason: string): string =>
	`No answer came to the update (${reason.split(/[;(]/)[0]!.trim().replace(/[.!]$/, '')}); it may or may not have been applied. Reading the server once the gateway is active to find out.`;

/** One or two sentences for the end of a watch: what happened and what to do next. */
export function outcomeLines(outcome: WatchOutcome, target: FollowTarget, timeout: string, context: {answerLost?: boolean} = {}): string[] {
	switch (outcome.kind) {
		case 'verified': {
			return [
				context.answerLost
					? 'Applied: the answer to the update was lost, but the server has exactly the planned settings.'
					: 'Verified: the server has exactly the settings that were sent.',
			];
		}

		case 'active': {
			return [`The gateway ${target.vpnGatewayId} is active.`];
		}

		case 'mismatch': {
			return unappliedLines(outcome.outcome, outcome.verification);
		}

		case 'timeout': {
			return [
				`The gateway was still ${outcome.lastStatus ?? 'not active'} after ${timeout}; the update may have been applied and may still complete.`,
				`Check again later with: ${reattachCommand(target)}`,
			];
		}

		case 'failed': {
			return [errorSentence(outcome.error), `The update may have been applied; check again with: ${reattachCommand(target)}`];
		}

		case 'aborted': {
			return [`Left before the end; follow it again with: ${reattachCommand(target)}`];
		}
	}
}
