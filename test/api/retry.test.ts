import test from 'ava';
import fc from 'fast-check';
import {ApiError} from '../../source/api/api-error.js';
import {backoffCeiling, defaultRetryPolicy, withRetry, type RetryPolicy} from '../../source/api/retry.js';
import type {RetryEvent} from '../../source/api/vpc-api.js';

const throttled = () =>
	new ApiError({kind: 'service', code: 'Throttling.User', message: 'Slow down.', httpStatus: 400, requestId: 'RID', retryable: true});
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

test('a call that keeps being throttled is tried 4 times by default, with full-jitter waits, then gives up', async t => {
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
	t.is(attempts, 4);
	t.deepEqual(time.slept, [250, 500, 1000]);
	t.is(error.code, 'Throttling.User');
	t.is(error.requestId, 'RID');
	t.is(error.message, 'Slow down (gave up after 4 attempts).');
	t.deepEqual(
		time.events.map(event => [event.attempt, event.maxAttempts, event.delayMs, event.code]),
		[
			[1, 4, 250, 'Throttling.User'],
			[2, 4, 500, 'Throttling.User'],
			[3, 4, 1000, 'Throttling.User'],
		],
	);
});

test('success after a retry returns the result', async t => {
	const time = fakeTime();
	let attempts = 0;
	const result = await withRetry(
		'DescribeVpnGateway',
		async () => {
			attempts++;
			if (attempts < 3) {
				throw throttled();
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
	const policy = {maxAttempts: 100, baseDelayMs: 1000, maxDelayMs: 4000, maxTotalMs: 10_000};
	await t.throwsAsync(
		withRetry(
			'ListIpsecServers',
			async () => {
				attempts++;
				throw throttled();
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
			async (policy, randoms) => {
				let index = 0;
				const time = fakeTime(() => randoms[index++ % randoms.length]!);
				let attempts = 0;
				await withRetry(
					'ListIpsecServers',
					async () => {
						attempts++;
						throw throttled();
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
