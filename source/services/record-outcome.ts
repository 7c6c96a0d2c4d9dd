// The end of a followed update, wherever it was followed (the live status screen or the `status`
// command): one audit line with the verdict, and the pending record dropped once there is a
// verdict (kept when the wait timed out or was left, so `status` can settle it later).
import type {FieldChange} from '../domain/index.js';
import type {AuditVerdict} from './audit-log.js';
import type {Services} from './services.js';
import type {WatchOutcome} from './watch-update.js';

const verdicts: Record<WatchOutcome['kind'], AuditVerdict> = {
	verified: 'verified',
	active: 'verified',
	mismatch: 'mismatch',
	timeout: 'timeout',
	failed: 'timeout',
	aborted: 'left-early',
};

export type OutcomeRecord = {
	target: {regionId: string; ipsecServerId: string; vpnGatewayId: string};
	/** The diff with the PSK as "changed" only; empty when it is not known (a re-attached update). */
	changes: FieldChange[];
	/** RequestIds of the submit, before the outcome's own. */
	requestIds: string[];
	detail?: string;
};

export async function recordOutcome(
	services: Pick<Services, 'auditLog' | 'pendingUpdates' | 'clock'>,
	record: OutcomeRecord,
	outcome: WatchOutcome,
): Promise<void> {
	await services.auditLog
		.append({
			time: new Date(services.clock.now()).toISOString(),
			regionId: record.target.regionId,
			ipsecServerId: record.target.ipsecServerId,
			vpnGatewayId: record.target.vpnGatewayId,
			changes: record.changes,
			requestIds: [...record.requestIds, ...('requestId' in outcome ? [outcome.requestId] : [])],
			verdict: verdicts[outcome.kind],
			detail: record.detail,
		})
		.catch(() => undefined);
	if (outcome.kind === 'verified' || outcome.kind === 'mismatch') {
		await services.pendingUpdates.clear().catch(() => undefined);
	}
}
