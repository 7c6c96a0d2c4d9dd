// Deterministic trouble on demand: for a given seed and the same sequence of calls, the same
// calls are throttled, fail, drop or crawl. Every call draws exactly two numbers, so one call's
// fate never shifts another's.
import type {Params} from './request-parameters.js';
import type {FaultOptions, UnspecifiedBehaviour} from './sandbox-types.js';
import {seededRandom, type Random} from './seeded-random.js';

export type FaultDecision =
	| {kind: 'none'; delayMs: number}
	| {kind: 'throttle'; delayMs: number}
	| {kind: 'server-error'; code: 'ServiceUnavailable' | 'InternalError'; delayMs: number}
	/** `afterApply`: the action runs (an update is applied), then the connection is cut. */
	| {kind: 'drop'; afterApply: boolean; delayMs: number};

export const defaultSlowMs = 5000;

export class FaultInjector {
	#faults: FaultOptions | undefined;
	#random: Random = seededRandom(0);
	#answersLost = 0;
	#requestsLost = 0;

	constructor(faults?: FaultOptions) {
		this.set(faults);
	}

	/** Replaces the faults and restarts the sequence from their seed. */
	set(faults: FaultOptions | undefined): void {
		this.#faults = faults;
		this.#random = seededRandom(faults?.seed ?? 0);
		this.#answersLost = 0;
		this.#requestsLost = 0;
	}

	/** Whether a repeated ClientToken is looked up before or after the gateway's state, and what a DryRun does to its token. */
	unspecified(): UnspecifiedBehaviour {
		return {order: this.#faults?.order ?? 'token-first', dryRunToken: this.#faults?.dryRunToken ?? 'ignore'};
	}

	/** `action` and `params` only matter to loseRequest and loseAnswer, which pick real UpdateIpsecServer calls. */
	decide(action?: string, params?: Params): FaultDecision {
		const faults = this.#faults;
		if (!faults) {
			return {kind: 'none', delayMs: 0};
		}

		const roll = this.#random();
		const detail = this.#random();
		const latency = faults.latencyMs ?? 0;
		const realUpdate = action === 'UpdateIpsecServer' && params?.DryRun?.toLowerCase() !== 'true';
		if (realUpdate && this.#requestsLost < (faults.loseRequest ?? 0)) {
			this.#requestsLost++;
			return {kind: 'drop', afterApply: false, delayMs: latency};
		}

		if (realUpdate && this.#answersLost < (faults.loseAnswer ?? 0)) {
			this.#answersLost++;
			return {kind: 'drop', afterApply: true, delayMs: latency};
		}

		let threshold = faults.dropRate ?? 0;
		if (roll < threshold) {
			return {kind: 'drop', afterApply: detail < 0.5, delayMs: latency};
		}

		threshold += faults.throttleRate ?? 0;
		if (roll < threshold) {
			return {kind: 'throttle', delayMs: latency};
		}

		threshold += faults.serverErrorRate ?? 0;
		if (roll < threshold) {
			return {kind: 'server-error', code: detail < 0.5 ? 'ServiceUnavailable' : 'InternalError', delayMs: latency};
		}

		threshold += faults.slowRate ?? 0;
		if (roll < threshold) {
			return {kind: 'none', delayMs: latency + (faults.slowMs ?? defaultSlowMs)};
		}

		return {kind: 'none', delayMs: latency};
	}
}
