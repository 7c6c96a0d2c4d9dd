// Whether the answer to an update was the service replaying an earlier call's answer: a ClientToken
// seen before gets that call's answer again, RequestId and all, and nothing is applied a second time.
// Judged from the audit log's earlier `submitted` lines of the same server (the first run's, on the
// machine that keeps that log).
import type {AuditEntry} from '../services/audit-log.js';

export function replayedAnswer(requestId: string | undefined, ipsecServerId: string, earlier: readonly AuditEntry[]): AuditEntry | undefined {
	if (requestId === undefined) {
		return undefined;
	}

	return earlier.find(line => line.verdict === 'submitted' && line.ipsecServerId === ipsecServerId && line.requestIds.at(-1) === requestId);
}
