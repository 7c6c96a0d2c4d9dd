// UpdateIpsecServer, in the order the service plausibly checks: parameters, idempotent replay,
// the server, the gateway's state, the change in context, then DryRun or the change itself
// (with `order=state-first`, the gateway's state before the replay).
import {SandboxError} from '../error-catalogue.js';
import {fingerprintOf} from '../idempotency-store.js';
import {requiredRegion} from '../request-parameters.js';
import {isEmptyChange} from '../server-change.js';
import {checkChangeInContext} from '../update-context-checks.js';
import {parseUpdateRequest} from '../update-request-parsing.js';
import type {Action} from './action.js';

export const updateIpsecServer: Action = {
	access: 'write',
	run({action, store, idempotency, params, requestId, unspecified}) {
		const checkOrder = unspecified?.order ?? 'token-first';
		const region = requiredRegion(store, params);
		const request = parseUpdateRequest(params);
		const fingerprint = fingerprintOf(action, params);
		// A dry run changes nothing, so by default it neither replays nor claims a ClientToken; with
		// `dryRunToken=claim` it uses the token up (a later call reusing it is a mismatch).
		const claims = request.dryRun && unspecified?.dryRunToken === 'claim';
		const replay = () =>
			request.clientToken !== undefined && (!request.dryRun || claims) ? idempotency.replay(request.clientToken, fingerprint) : undefined;
		// The documentation does not say whether a repeated token or the gateway's state is checked
		// first; `order` picks one (token-first by default), and the product must be right under both.
		if (checkOrder === 'token-first') {
			const remembered = replay();
			if (remembered) {
				return {body: remembered.body, requestId: remembered.requestId};
			}
		}

		const server = store.server(request.ipsecServerId);
		const gateway = server && store.gateway(server.vpnGatewayId);
		if (!server || !gateway || server.regionId !== region.regionId) {
			throw new SandboxError('InvalidIpsecServerId.NotFound', request.ipsecServerId);
		}

		if (gateway.businessStatus === 'FinancialLocked') {
			throw new SandboxError('VpnGateway.FinancialLocked');
		}

		const refusal = store.refusal(gateway.vpnGatewayId);
		if (refusal) {
			throw new SandboxError(refusal);
		}

		if (checkOrder === 'state-first') {
			const remembered = replay();
			if (remembered) {
				return {body: remembered.body, requestId: remembered.requestId};
			}
		}

		checkChangeInContext(request.change, {server, gateway, vpc: store.vpc(gateway.vpcId)});
		if (request.dryRun) {
			if (claims && request.clientToken !== undefined) {
				idempotency.remember(request.clientToken, fingerprint, {requestId, body: {}});
			}

			throw new SandboxError('DryRunOperation');
		}

		if (!isEmptyChange(request.change)) {
			store.acceptChange(server, request.change, request.clientToken);
		}

		const body = {};
		if (request.clientToken !== undefined) {
			idempotency.remember(request.clientToken, fingerprint, {requestId, body});
		}

		return {body};
	},
};
