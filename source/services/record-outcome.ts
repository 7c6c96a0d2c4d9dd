// The end of a followed update, wherever it was followed (the live status screen or the `status`
// command): one audit line with the verdict as read from the server, and the pending record of
// that server dropped once there is a verdict (kept when the wait timed out or was left, so
// `status` can settle it later).
import {isApiError} from '../api/api-error.js';
import {partlyLines, type FieldChange} from '../domain/index.js';
import type {AuditVerdict} from './audit-log.js';
import type {Services} from './services.js';
import type {WatchOutcome} from './watch-update.js';

const verdictOf = (outcome: WatchOutcome): AuditVerdict => {
	switch (outcome.kind) {
		case 'verified':
		case 'active': {
			return 'verified';
		}

		case 'mismatch': {
			return outcome.outcome?.kind === 'not-applied' ? 'not-applied' : 'mismatch';
		}

		case 'timeout':
		case 'failed': {
			return 'timeout';
		}

		case 'aborted': {
			return 'left-early';
		}
	}
};

export type OutcomeRecord = {
	target: {regionId: string; ipsecServerId: string; vpnGatewayId: string};
	/** The planned changes with the PSK as "changed" only (a re-attach takes them from the record). */
	changes: FieldChange[];
	/** RequestIds of the submit, before the outcome's own. */
	requestIds: string[];
	detail?: string;
};

/**
 * The audit line's detail from the verdict itself: the fields a partial outcome names, the fields
 * that differ, or the error that ended the watch (with the service's code and RequestId).
 */
export function outcomeDetail(outcome: WatchOutcome): string | undefined {
	if (outcome.kind === 'mismatch') {
		return outcome.outcome?.kind === 'partly'
			? partlyLines(outcome.outcome.fields).join('; ')
			: outcome.verification.mismatches.map(mismatch => `${mismatch.label}: expected ${mismatch.expected}, the server has ${mismatch.actual}`).join('; ') || undefined;
	}

	return outcome.kind === 'failed' && isApiError(outcome.error) ? outcome.error.describe() : undefined;
}

export async function recordOutcome(
	services: Pick<Services, 'auditLog' | 'pendingUpdates' | 'clock'>,
	record: OutcomeRecord,
	outcome: WatchOutcome,
): Promise<void> {
	const detail = outcomeDetail(outcome) ?? record.detail;
	await services.auditLog
		.append({
			time: new Date(services.clock.now()).toISOString(),
			regionId: record.target.regionId,
			ipsecServerId: record.target.ipsecServerId,
			vpnGatewayId: record.target.vpnGatewayId,
			changes: record.changes,
			requestIds: [...record.requestIds, ...('requestId' in outcome ? [outcome.requestId] : [])],
			verdict: verdictOf(outcome),
			...(detail === undefined ? {} : {detail}),
		})
		.catch(() => undefined);
	if (outcome.kind === 'verified' || outcome.kind === 'mismatch') {
		await services.pendingUpdates.clear(record.target.ipsecServerId).catch(() => undefined);
	}
}
