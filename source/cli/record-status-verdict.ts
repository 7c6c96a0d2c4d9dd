// `status` settling a recorded update: an audit line with the verdict, and the record dropped once
// there is one.
import type {AuditVerdict} from '../services/audit-log.js';
import type {PendingUpdate} from '../services/pending-update.js';
import type {Services} from '../services/services.js';
import type {WatchOutcome} from '../services/watch-update.js';

export async function recordStatusVerdict(services: Pick<Services, 'auditLog' | 'pendingUpdates' | 'clock'>, pending: PendingUpdate, outcome: WatchOutcome): Promise<void> {
	if (outcome.kind !== 'verified' && outcome.kind !== 'mismatch') {
		return;
	}

	const verdict: AuditVerdict = outcome.kind;
	await services.auditLog
		.append({
			time: new Date(services.clock.now()).toISOString(),
			regionId: pending.regionId,
			ipsecServerId: pending.ipsecServerId,
			vpnGatewayId: pending.vpnGatewayId,
			changes: [],
			requestIds: [outcome.requestId],
			verdict,
		})
		.catch(() => undefined);
	await services.pendingUpdates.clear().catch(() => undefined);
}
