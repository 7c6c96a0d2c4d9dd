// What the live status follows and how it judges the re-read server: the update just submitted,
// or the one re-attached from the pending store (whose PSK was never stored, so not checked).
import {verifyApplied} from '../../domain/index.js';
import {verificationInputsFromPending} from '../../services/pending-update.js';
import type {WatchTarget} from '../../services/watch-update.js';
import type {AppState} from './app-reducer.js';

export function watchTarget(state: AppState): WatchTarget | undefined {
	const submission = state.submission;
	if (submission) {
		const {plan, edited} = submission;
		return {
			regionId: plan.regionId,
			vpnGatewayId: plan.vpnGatewayId,
			ipsecServerId: plan.ipsecServerId,
			synchronous: plan.synchronous,
			verify: server => verifyApplied(plan, edited, server),
		};
	}

	const pending = state.pending;
	if (pending) {
		return {
			regionId: pending.regionId,
			vpnGatewayId: pending.vpnGatewayId,
			ipsecServerId: pending.ipsecServerId,
			synchronous: pending.synchronous,
			verify(server) {
				const {plan, expected} = verificationInputsFromPending(pending, server.psk);
				return verifyApplied(plan, expected, server);
			},
		};
	}

	return undefined;
}
