// After UpdateIpsecServer: follow DescribeVpnGateway until the gateway is active again, then re-read
// the server and check that what was sent is what it now has. Shared by the live-status screen and
// the `status` command; time and the API are passed in.
import type {ApiError} from '../api/api-error.js';
import {isApiError} from '../api/api-error.js';
import type {VpcApi} from '../api/vpc-api.js';
import type {UpdateOutcome, Verification} from '../domain/index.js';
import type {IpsecServer, VpnGatewayStatus} from '../domain/model.js';
import type {Clock} from './clock.js';
import {pollDelayMs} from './poll-schedule.js';

export type GatewayObservation = {
	at: number;
	status: VpnGatewayStatus;
	businessStatus: string;
	requestId: string;
	gatewayName: string;
};

export type WatchEvent =
	| {kind: 'observed'; observation: GatewayObservation; changed: boolean}
	| {kind: 'poll-failed'; at: number; error: ApiError | undefined}
	| {kind: 'verifying'; at: number};

export type WatchOutcome =
	| {kind: 'verified'; verification: Verification; server: IpsecServer; requestId: string}
	/** `outcome`: which planned values the server has and which it still has from before. */
	| {kind: 'mismatch'; verification: Verification; server: IpsecServer; requestId: string; outcome?: UpdateOutcome}
	/** No server to verify against (status without --server): the gateway is active. */
	| {kind: 'active'}
	| {kind: 'timeout'; lastStatus?: VpnGatewayStatus}
	| {kind: 'failed'; error: unknown}
	| {kind: 'aborted'};

export type WatchTarget = {
	regionId: string;
	vpnGatewayId: string;
	ipsecServerId?: string;
	/** Name-only change: nothing to wait for, verify at once. */
	synchronous: boolean;
	/** How to judge the re-read server; absent = only wait for active. */
	verify?: (server: IpsecServer) => Verification;
	/** For a server that does not verify: applied, not applied or partly (needs the old values). */
	classify?: (server: IpsecServer) => UpdateOutcome;
};

export type WatchOptions = {
	api: VpcApi;
	clock: Clock;
	target: WatchTarget;
	timeoutMs: number;
	signal: AbortSignal;
	onEvent(event: WatchEvent): void;
};

/** Consecutive failed polls (after the client's own retries) before giving up. */
const maxFailedPolls = 5;
/** An active gateway before any `updating` was seen may just not have started: look again this often. */
const earlyActiveChecks = 3;

export async function watchUpdate({api, clock, target, timeoutMs, signal, onEvent}: WatchOptions): Promise<WatchOutcome> {
	const started = clock.now();
	let previous: VpnGatewayStatus | undefined;
	let sawUpdating = false;
	let failures = 0;
	let activeChecks = 0;

	const verify = async (): Promise<WatchOutcome | undefined> => {
		if (!target.verify || !target.ipsecServerId) {
			return {kind: 'active'};
		}

		onEvent({kind: 'verifying', at: clock.now()});
		const {server, requestId} = await api.getIpsecServer(target.regionId, target.ipsecServerId);
		if (!server) {
			return {kind: 'failed', error: new Error('server gone')};
		}

		const verification = target.verify(server);
		if (verification.verified) {
			return {kind: 'verified', verification, server, requestId};
		}

		// Not applied yet and the gateway never showed `updating`: the change may not have started.
		if (!sawUpdating && !target.synchronous && activeChecks < earlyActiveChecks) {
			return undefined;
		}

		const outcome = target.classify?.(server);
		return {kind: 'mismatch', verification, server, requestId, ...(outcome ? {outcome} : {})};
	};

	try {
		if (target.synchronous) {
			return (await verify()) ?? {kind: 'failed', error: new Error('unreachable')};
		}

		for (let poll = 0; ; poll++) {
			await clock.sleep(pollDelayMs(poll), signal);
			if (signal.aborted) {
				return {kind: 'aborted'};
			}

			if (clock.now() - started >= timeoutMs) {
				return {kind: 'timeout', lastStatus: previous};
			}

			try {
				const gateway = await api.describeVpnGateway(target.regionId, target.vpnGatewayId);
				failures = 0;
				const observation: GatewayObservation = {
					at: clock.now(),
					status: gateway.status,
					businessStatus: gateway.businessStatus,
					requestId: gateway.requestId,
					gatewayName: gateway.name,
				};
				onEvent({kind: 'observed', observation, changed: observation.status !== previous});
				previous = observation.status;
				sawUpdating ||= observation.status === 'updating';
				if (observation.status === 'active') {
					activeChecks++;
					const outcome = await verify();
					if (outcome) {
						return outcome;
					}
				}
			} catch (error) {
				if (isApiError(error) && !error.retryable) {
					return {kind: 'failed', error};
				}

				failures++;
				onEvent({kind: 'poll-failed', at: clock.now(), error: isApiError(error) ? error : undefined});
				if (failures >= maxFailedPolls) {
					return {kind: 'failed', error};
				}
			}
		}
	} catch (error) {
		return signal.aborted ? {kind: 'aborted'} : {kind: 'failed', error};
	}
}

/** Wait until the gateway is active (after VpnGateway.Configuring), without verifying anything. */
export async function waitForActive(options: Omit<WatchOptions, 'target'> & {regionId: string; vpnGatewayId: string}): Promise<WatchOutcome> {
	return watchUpdate({...options, target: {regionId: options.regionId, vpnGatewayId: options.vpnGatewayId, synchronous: false}});
}
