import test from 'ava';
import fc from 'fast-check';
import {ApiError} from '../../source/api/api-error.js';
import {backoffCeiling, defaultRetryPolicy, throttleCeiling, withRetry, type RetryPolicy} from '../../source/api/retry.js';
import type {RetryEvent} from '../../source/api/vpc-api.js';

const throttled = () =>
	new ApiError({kind: 'service', code: 'Throttling.User', message: 'Slow down.', httpStatus: 400, requestId: 'RID', retryable: true});
const unavailable = () =>
	new ApiError({kind: 'service', code: 'ServiceUnavailable', message: 'Try later.', httpStatus: 503, requestId: 'RID-5', retryable: true});
const forbidden = () => new ApiError({kind: 'service', code: 'Forbidden', message: 'No.', httpStatus: 403, retryable: false});

/** A clock that only moves when the code under test sleeps. */
const fakeTime = (random = () => 1) => {
	const slept: number[] = [];
	const events: RetryEvent[] = [];
	let now = 0;
	return {
		slept,
		events,
		dependencies: (policy: RetryPolicy = defaultRetryPolicy) => ({
			policy,
			random,
			now: () => now,
			async sleep(ms: number) {
				slept.push(ms);
				now += ms;
			},
			onRetry: (event: RetryEvent) => events.push(event),
		}),
	};
};

test('the ceiling doubles from 500 ms and stops at 5 s', t => {
	t.deepEqual([1, 2, 3, 4, 5, 6].map(n => backoffCeiling(n, defaultRetryPolicy)), [500, 1000, 2000, 4000, 5000, 5000]);
});

test('a call that keeps failing with 5xx is tried 5 times by default, with full-jitter waits, then gives up', async t => {
	const time = fakeTime(() => 0.5);
	let attempts = 0;
	const error = await t.throwsAsync(
		withRetry(
			'ListIpsecServers',
			async () => {
				attempts++;
				throw unavailable();
			},
			time.dependencies(),
		),
		{instanceOf: ApiError},
	);
	t.is(attempts, 5);
	t.deepEqual(time.slept, [250, 500, 1000, 2000]);
	t.is(error.code, 'ServiceUnavailable');
	t.is(error.requestId, 'RID-5');
	t.is(error.message, 'Try later (gave up after 5 attempts).');
	t.deepEqual(
		time.events.map(event => [event.attempt, event.maxAttempts, event.delayMs, event.code, event.reason]),
		[
			[1, 5, 250, 'ServiceUnavailable', 'temporary'],
			[2, 5, 500, 'ServiceUnavailable', 'temporary'],
			[3, 5, 1000, 'ServiceUnavailable', 'temporary'],
			[4, 5, 2000, 'ServiceUnavailable', 'temporary'],
		],
	);
});

test('throttling is not limited to 4 attempts: throttled four times, then answered, the call succeeds', async t => {
	const time = fakeTime(() => 0.5);
	let attempts = 0;
	const result = await withRetry(
		'UpdateIpsecServer',
		async () => {
			if (++attempts <= 4) {
				throw throttled();
			}

			return 'ok';
		},
		time.dependencies(),
	);
	t.is(result, 'ok');
	t.is(attempts, 5);
});

test('throttling is waited out within about a minute, with capped backoff and equal jitter, then given up', async t => {
	const time = fakeTime(() => 0.5);
	let attempts = 0;
	const error = await t.throwsAsync(
		withRetry(
			'ListIpsecServers',
			async () => {
				attempts++;
				throw throttled();
			},
			time.dependencies(),
		),
		{instanceOf: ApiError},
	);
	// Ceilings 1, 2, 4, 8, 8… s; each wait three quarters of its ceiling; the last one cut to the budget.
	t.deepEqual(time.slept.slice(0, 5), [750, 1500, 3000, 6000, 6000]);
	t.is(time.slept.reduce((sum, ms) => sum + ms, 0), 60_000);
	t.is(attempts, time.slept.length + 1);
	t.is(error.code, 'Throttling.User');
	t.is(error.requestId, 'RID');
	t.is(error.message, 'Slow down (still throttled after 60 s of waiting).');
	t.true(time.events.every(event => event.reason === 'throttled'));
	t.deepEqual(time.events.slice(0, 3).map(event => event.budgetLeftMs), [60_000, 59_250, 57_750]);
});

test('throttling does not use up the attempts other temporary failures have', async t => {
	const time = fakeTime(() => 0.5);
	const script = [throttled, unavailable, throttled, unavailable, throttled, unavailable, throttled];
	let attempts = 0;
	const result = await withRetry(
		'DescribeVpnGateway',
		async () => {
			const next = script[attempts++];
			if (next) {
				throw next();
			}

			return 'ok';
		},
		time.dependencies(),
	);
	t.is(result, 'ok');
	t.deepEqual(time.events.filter(event => event.reason === 'temporary').map(event => event.attempt), [1, 2, 3]);
});

test('a wait that is stopped (Esc) ends the call at once, with a sentence, the code and the RequestId, not retryable', async t => {
	let attempts = 0;
	const error = await t.throwsAsync(
		withRetry(
			'UpdateIpsecServer',
			async () => {
				attempts++;
				throw throttled();
			},
			{...fakeTime().dependencies(), sleep: async () => Promise.reject(new Error('stopped'))},
		),
		{instanceOf: ApiError},
	);
	t.is(attempts, 1);
	t.like(error, {kind: 'service', code: 'Throttling.User', requestId: 'RID', retryable: false});
	t.is(error.message, 'Stopped waiting while the service was throttling UpdateIpsecServer, so it was not sent again; try again in a minute.');
});

test('success after a retry returns the result', async t => {
	const time = fakeTime();
	let attempts = 0;
	const result = await withRetry(
		'DescribeVpnGateway',
		async () => {
			attempts++;
			if (attempts < 3) {
				throw unavailable();
			}

			return 'ok';
		},
		time.dependencies(),
	);
	t.is(result, 'ok');
	t.is(time.events.length, 2);
});

test('an error that is not retryable is thrown at once, unchanged', async t => {
	const time = fakeTime();
	const original = forbidden();
	const error = await t.throwsAsync(withRetry('UpdateIpsecServer', async () => Promise.reject(original), time.dependencies()));
	t.is(error, original);
	t.deepEqual(time.slept, []);
});

test('no new wait starts past the total time budget', async t => {
	const time = fakeTime(() => 1);
	let attempts = 0;
	const policy = {...defaultRetryPolicy, maxAttempts: 100, baseDelayMs: 1000, maxDelayMs: 4000, maxTotalMs: 10_000};
	await t.throwsAsync(
		withRetry(
			'ListIpsecServers',
			async () => {
				attempts++;
				throw unavailable();
			},
			time.dependencies(policy),
		),
	);
	t.deepEqual(time.slept, [1000, 2000, 4000, 3000]);
	t.is(attempts, 5);
});

test('property: attempts and total waiting stay within the policy, whatever the jitter', async t => {
	await fc.assert(
		fc.asyncProperty(
			fc.record({
				maxAttempts: fc.integer({min: 1, max: 10}),
				baseDelayMs: fc.integer({min: 0, max: 2000}),
				maxDelayMs: fc.integer({min: 0, max: 10_000}),
				maxTotalMs: fc.integer({min: 0, max: 60_000}),
			}),
			fc.array(fc.double({noNaN: false}), {minLength: 1, maxLength: 20}),
			async (limits, randoms) => {
				let index = 0;
				const time = fakeTime(() => randoms[index++ % randoms.length]!);
				let attempts = 0;
				const policy = {...defaultRetryPolicy, ...limits};
				await withRetry(
					'ListIpsecServers',
					async () => {
						attempts++;
						throw unavailable();
					},
					time.dependencies(policy),
				).catch(() => undefined);
				const total = time.slept.reduce((sum, ms) => sum + ms, 0);
				return (
					attempts <= policy.maxAttempts &&
					attempts >= 1 &&
					total <= policy.maxTotalMs &&
					time.slept.every((ms, n) => ms >= 0 && ms <= backoffCeiling(n + 1, policy))
				);
			},
		),
	);
	t.pass();
});

test('property: throttled waits add up to at most the budget, each between half its ceiling and the ceiling', async t => {
	await fc.assert(
		fc.asyncProperty(
			fc.record({
				throttleBudgetMs: fc.integer({min: 0, max: 120_000}),
				throttleBaseDelayMs: fc.integer({min: 0, max: 4000}),
				throttleMaxDelayMs: fc.integer({min: 0, max: 20_000}),
			}),
			fc.array(fc.double({noNaN: false}), {minLength: 1, maxLength: 20}),
			async (limits, randoms) => {
				let index = 0;
				const time = fakeTime(() => randoms[index++ % randoms.length]!);
				const policy = {...defaultRetryPolicy, ...limits};
				await withRetry(
					'ListIpsecServers',
					async () => {
						throw throttled();
					},
					time.dependencies(policy),
				).catch(() => undefined);
				const total = time.slept.reduce((sum, ms) => sum + ms, 0);
				const last = time.slept.length - 1;
				return (
					total <= policy.throttleBudgetMs &&
					time.slept.every((ms, n) => ms <= throttleCeiling(n + 1, policy) && (n === last || ms >= Math.floor(throttleCeiling(n + 1, policy) / 2)))
				);
			},
		),
		{numRuns: 50},
	);
	t.pass();
});

test('a throwing onRetry does not break the call', async t => {
	let attempts = 0;
	const result = await withRetry(
		'DescribeRegions',
		async () => {
			if (attempts++ === 0) {
				throw throttled();
			}

			return 'ok';
		},
		{
			policy: defaultRetryPolicy,
			random: () => 0,
			now: () => 0,
			sleep: async () => undefined,
			onRetry() {
				throw new Error('display broke');
			},
		},
	);
	t.is(result, 'ok');
});
