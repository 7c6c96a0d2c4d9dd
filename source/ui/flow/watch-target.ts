// What the live status follows and how it judges the re-read server: the update just submitted
// (against its plan, key included), or the one re-attached from the pending store (against the
// record's intended values and the salted hash of the intended key).
import {classifyOutcome, configFromServer, verifyApplied} from '../../domain/index.js';
import {verificationInputsFromPending} from '../../services/pending-update.js';
import type {WatchTarget} from '../../services/watch-update.js';
import type {AppState} from './app-reducer.js';

export function watchTarget(state: AppState): WatchTarget | undefined {
	const submission = state.submission;
	if (submission) {
		const {plan, edited} = submission;
		const before = state.loaded ? configFromServer(state.loaded.server) : undefined;
		return {
			regionId: plan.regionId,
			vpnGatewayId: plan.vpnGatewayId,
			ipsecServerId: plan.ipsecServerId,
			synchronous: plan.synchronous,
			verify: server => verifyApplied(plan, edited, server),
			...(before ? {classify: server => classifyOutcome({plan, expected: edited, before}, server)} : {}),
		};
	}

	const pending = state.pending;
	if (pending) {
		const inputs = verificationInputsFromPending(pending);
		return {
			regionId: pending.regionId,
			vpnGatewayId: pending.vpnGatewayId,
			ipsecServerId: pending.ipsecServerId,
			synchronous: pending.synchronous,
			verify: server => verifyApplied(inputs.plan, inputs.expected, server, inputs.keyCheck),
			classify: server => classifyOutcome(inputs, server),
		};
	}

	return undefined;
}
