// Two budgets. Throttling (the service asking us to slow down) is waited out for up to about a
// minute, with capped exponential backoff and equal jitter (half the ceiling fixed, half random,
// so a wait is never near zero while the service is still counting). Other temporary failures
// (5xx, a lost connection) get a few attempts with full jitter (delay = random × ceiling), bounded
// in total time too. One never uses up the other: under heavy throttling a call would otherwise
// give up after four throttled answers in a second or two. Sleep, randomness and the clock are
// injected, so the schedule is tested without waiting and a person can end a wait (Esc).
import {ApiError} from './api-error.js';
import {formatSeconds} from './network-error.js';
import {isThrottlingCode} from './retryable.js';
import type {RetryEvent} from './vpc-api.js';

export type RetryPolicy = {
	/** Attempts for temporary failures other than throttling. */
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** No new wait for a temporary failure starts once this much time has gone since the first
	 * attempt (time spent waiting out throttling not counted). */
	maxTotalMs: number;
	/** The most time spent waiting out throttling, in all. */
	throttleBudgetMs: number;
	throttleBaseDelayMs: number;
	throttleMaxDelayMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {
	maxAttempts: 5,
	baseDelayMs: 500,
	maxDelayMs: 5000,
	maxTotalMs: 30_000,
	throttleBudgetMs: 60_000,
	throttleBaseDelayMs: 1000,
	throttleMaxDelayMs: 8000,
};

export type RetryDependencies = {
	policy: RetryPolicy;
	/** May reject to end the wait early (a person pressed Esc): the call then fails at once. */
	sleep: (ms: number) => Promise<void>;
	/** [0, 1). */
	random: () => number;
	now: () => number;
	onRetry?: (event: RetryEvent) => void;
};

/** The largest wait before attempt n + 1 (n ≥ 1 is the attempt that failed). */
export const backoffCeiling = (failedAttempt: number, policy: RetryPolicy): number =>
	Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));

/** The largest wait after the n-th throttled answer (n ≥ 1). */
export const throttleCeiling = (throttledAnswers: number, policy: RetryPolicy): number =>
	Math.min(policy.throttleMaxDelayMs, policy.throttleBaseDelayMs * 2 ** (throttledAnswers - 1));

/** However short the waits (a policy with zero delays), throttling is not waited out forever. */
const maxThrottledAnswers = 100;

const unitInterval = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

const isThrottling = (error: ApiError): boolean => error.kind === 'service' && isThrottlingCode(error.code);

/** The same error with a clause about how it ended, e.g. `(gave up after 4 attempts)`. */
const endedWith = (error: ApiError, message: string, retryable = error.retryable): ApiError =>
	new ApiError({
		kind: error.kind,
		code: error.code,
		message,
		httpStatus: error.httpStatus,
		requestId: error.requestId,
		action: error.action,
		serviceMessage: error.serviceMessage,
		retryable,
	});

const withoutStop = (message: string): string => message.replace(/[.!?…]$/, '');

const gaveUp = (error: ApiError, attempts: number, throttledMs: number): ApiError => {
	if (isThrottling(error) && throttledMs > 0) {
		return endedWith(error, `${withoutStop(error.message)} (still throttled after ${formatSeconds(throttledMs)} of waiting).`);
	}

	return attempts < 2 ? error : endedWith(error, `${withoutStop(error.message)} (gave up after ${attempts} attempts).`);
};

/** A wait a person ended: not retried by anyone further up, since they asked to stop. */
const stopped = (error: ApiError, action: string): ApiError =>
	endedWith(
		error,
		isThrottling(error)
			? `Stopped waiting while the service was throttling ${action}, so it was not sent again; try again in a minute.`
			: `${withoutStop(error.message)} (stopped before trying again).`,
		false,
	);

export const withRetry = async <Result>(
	action: string,
	attempt: (attemptNumber: number) => Promise<Result>,
	dependencies: RetryDependencies,
): Promise<Result> => {
	const {policy} = dependencies;
	const maxAttempts = Math.max(1, Math.trunc(policy.maxAttempts));
	const startedAt = dependencies.now();
	let temporaryFailures = 0;
	let temporaryWaitedMs = 0;
	let throttledAnswers = 0;
	let throttledMs = 0;
	for (let attemptNumber = 1; ; attemptNumber++) {
		try {
			return await attempt(attemptNumber);
		} catch (error: unknown) {
			if (!(error instanceof ApiError) || !error.retryable) {
				throw error;
			}

			let delayMs: number;
			let budgetLeftMs: number | undefined;
			if (isThrottling(error)) {
				throttledAnswers++;
				budgetLeftMs = policy.throttleBudgetMs - throttledMs;
				if (budgetLeftMs <= 0 || maxAttempts < 2 || throttledAnswers > maxThrottledAnswers) {
					throw gaveUp(error, attemptNumber, throttledMs);
				}

				const ceiling = throttleCeiling(throttledAnswers, policy);
				delayMs = Math.min(budgetLeftMs, Math.floor(ceiling / 2 + (unitInterval(dependencies.random()) * ceiling) / 2));
			} else {
				temporaryFailures++;
				// With an injected sleep the clock stands still, so the waits themselves count too.
				const elapsedMs = Math.max(dependencies.now() - startedAt - throttledMs, temporaryWaitedMs);
				const remainingMs = policy.maxTotalMs - elapsedMs;
				if (temporaryFailures >= maxAttempts || remainingMs <= 0) {
					throw gaveUp(error, attemptNumber, 0);
				}

				delayMs = Math.min(remainingMs, Math.floor(unitInterval(dependencies.random()) * backoffCeiling(temporaryFailures, policy)));
			}

			const reason = budgetLeftMs === undefined ? 'temporary' : 'throttled';
			try {
				dependencies.onRetry?.({
					action,
					attempt: reason === 'temporary' ? temporaryFailures : attemptNumber,
					maxAttempts,
					delayMs,
					code: error.code,
					requestId: error.requestId,
					reason,
					...(budgetLeftMs === undefined ? {} : {budgetLeftMs}),
				});
			} catch {
				// A broken progress display must not break the call.
			}

			try {
				await dependencies.sleep(delayMs);
			} catch {
				throw stopped(error, action);
			}

			if (reason === 'throttled') {
				throttledMs += delayMs;
			} else {
				temporaryWaitedMs += delayMs;
			}
		}
	}
};
