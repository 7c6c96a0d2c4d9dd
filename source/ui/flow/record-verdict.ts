// The end of a followed update: one audit line with the verdict, and the pending record dropped
// once there is a verdict (kept when it timed out or was left, so `status` can settle it later).
import {configFromServer, diffConfig} from '../../domain/index.js';
import type {Services} from '../../services/services.js';
import type {AuditVerdict} from '../../services/audit-log.js';
import type {WatchOutcome} from '../../services/watch-update.js';
import type {AppState} from './app-reducer.js';
import {mismatchLines} from './status-lines.js';
import {errorSentence} from './error-text.js';

const verdicts: Record<WatchOutcome['kind'], AuditVerdict> = {
	verified: 'verified',
	active: 'verified',
	mismatch: 'mismatch',
	timeout: 'timeout',
	failed: 'timeout',
	aborted: 'left-early',
};

export async function recordVerdict(services: Pick<Services, 'auditLog' | 'pendingUpdates' | 'clock'>, state: AppState, outcome: WatchOutcome): Promise<void> {
	const plan = state.submission?.plan;
	const target = plan ?? state.pending;
	if (!target) {
		return;
	}

	const changes =
		state.submission && state.loaded ? diffConfig(configFromServer(state.loaded.server), state.submission.edited, state.loaded.context).changes : [];
	const detail =
		outcome.kind === 'mismatch' ? mismatchLines(outcome.verification).join('; ') : outcome.kind === 'failed' ? errorSentence(outcome.error) : undefined;
	await services.auditLog
		.append({
			time: new Date(services.clock.now()).toISOString(),
			regionId: target.regionId,
			ipsecServerId: target.ipsecServerId,
			vpnGatewayId: target.vpnGatewayId,
			changes,
			requestIds: [...(state.submission?.requestIds ?? []), ...('requestId' in outcome ? [outcome.requestId] : [])],
			verdict: verdicts[outcome.kind],
			detail,
		})
		.catch(() => undefined);
	if (outcome.kind === 'verified' || outcome.kind === 'mismatch') {
		await services.pendingUpdates.clear().catch(() => undefined);
	}
}
