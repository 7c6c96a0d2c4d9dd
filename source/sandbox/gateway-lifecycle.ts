// The `updating` → `active` life of one gateway, as pure functions of timestamps. Status is
// computed from the deadline whenever someone looks, so a read after the deadline sees `active`
// whether or not a timer has fired, and tests need no sleeps.
import type {ServerChange} from './server-change.js';

export type PendingChange = {ipsecServerId: string; change: ServerChange};

export type GatewayLifecycle = {
	/** Set while an asynchronous change is in progress. */
	updatingUntil?: number;
	/** Applied when the gateway turns active: until then readers see the old configuration, as
	 * on the real service, where ListIpsecServers keeps answering the running config. */
	pending?: PendingChange;
	/** When the last accepted change took effect (for OperationConflict). */
	lastChangeFinishedAt?: number;
};

export function isUpdating(lifecycle: GatewayLifecycle, now: number): boolean {
	return lifecycle.updatingUntil !== undefined && now < lifecycle.updatingUntil;
}

/** The change whose deadline has passed, and the lifecycle once it is applied. */
export function settle(lifecycle: GatewayLifecycle, now: number): {lifecycle: GatewayLifecycle; due?: PendingChange} {
	if (lifecycle.updatingUntil === undefined || now < lifecycle.updatingUntil) {
		return {lifecycle};
	}

	return {lifecycle: {lastChangeFinishedAt: lifecycle.updatingUntil}, due: lifecycle.pending};
}

export type Refusal = 'VpnGateway.Configuring' | 'OperationConflict';

/** Why a new change must be refused now, if it must. */
export function refusal(lifecycle: GatewayLifecycle, now: number, conflictWindowMs: number): Refusal | undefined {
	if (isUpdating(lifecycle, now)) {
		return 'VpnGateway.Configuring';
	}

	if (lifecycle.lastChangeFinishedAt !== undefined && now < lifecycle.lastChangeFinishedAt + conflictWindowMs) {
		return 'OperationConflict';
	}

	return undefined;
}

export function beginAsyncChange(now: number, updatingMs: number, pending: PendingChange): GatewayLifecycle {
	return {updatingUntil: now + updatingMs, pending};
}

export function finishedSyncChange(now: number): GatewayLifecycle {
	return {lastChangeFinishedAt: now};
}
