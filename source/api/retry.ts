// Exponential backoff with full jitter (delay = random × min(max, base × 2^(n−1))), bounded both
// in attempts and in total waiting time. Sleep, randomness and the clock are injected so the
// schedule can be tested without waiting.
import {ApiError} from './api-error.js';
import type {RetryEvent} from './vpc-api.js';

export type RetryPolicy = {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** No new wait starts once this much time has gone since the first attempt. */
	maxTotalMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5000, maxTotalMs: 30_000};

export type RetryDependencies = {
	policy: RetryPolicy;
	sleep: (ms: number) => Promise<void>;
	/** [0, 1). */
	random: () => number;
	now: () => number;
	onRetry?: (event: RetryEvent) => void;
};

/** The largest wait before attempt n + 1 (n ≥ 1 is the attempt that failed). */
export const backoffCeiling = (failedAttempt: number, policy: RetryPolicy): number =>
	Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));

const unitInterval = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

const gaveUp = (error: ApiError, attempts: number): ApiError =>
	attempts < 2
		? error
		: new ApiError({
				kind: error.kind,
				code: error.code,
				message: `${error.message.replace(/[.!?…]$/, '')} (gave up after ${attempts} attempts).`,
				httpStatus: error.httpStatus,
				requestId: error.requestId,
				action: error.action,
				serviceMessage: error.serviceMessage,
				retryable: error.retryable,
			});

export const withRetry = async <Result>(
	action: string,
	attempt: (attemptNumber: number) => Promise<Result>,
	dependencies: RetryDependencies,
): Promise<Result> => {
	const {policy} = dependencies;
	const maxAttempts = Math.max(1, Math.trunc(policy.maxAttempts));
	const startedAt = dependencies.now();
	let waitedMs = 0;
	for (let attemptNumber = 1; ; attemptNumber++) {
		try {
			return await attempt(attemptNumber);
		} catch (error: unknown) {
			if (!(error instanceof ApiError) || !error.retryable || attemptNumber >= maxAttempts) {
				throw error instanceof ApiError && error.retryable ? gaveUp(error, attemptNumber) : error;
			}

			// With an injected sleep the clock stands still, so the waits themselves count too.
			const elapsedMs = Math.max(dependencies.now() - startedAt, waitedMs);
			const remainingMs = policy.maxTotalMs - elapsedMs;
			if (remainingMs <= 0) {
				throw gaveUp(error, attemptNumber);
			}

			const delayMs = Math.min(
				remainingMs,
				Math.floor(unitInterval(dependencies.random()) * backoffCeiling(attemptNumber, policy)),
			);
			try {
				dependencies.onRetry?.({action, attempt: attemptNumber, maxAttempts, delayMs, code: error.code, requestId: error.requestId});
			} catch {
				// A broken progress display must not break the call.
			}

			await dependencies.sleep(delayMs);
			waitedMs += delayMs;
		}
	}
};
