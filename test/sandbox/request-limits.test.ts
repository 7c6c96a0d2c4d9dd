// The sandbox as a server on a bad day: a body far larger than any API request is refused with
// 413 and the service's error envelope, and a fault inside the handler is answered 500; neither
// ends the process (the sandbox may be running inside the wizard, `--sandbox`).
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import test from 'ava';
import {credentialsOf, readWriteKey} from '../../source/sandbox/access-keys.js';
import {FaultInjector, type FaultDecision} from '../../source/sandbox/fault-injector.js';
import {IdempotencyStore} from '../../source/sandbox/idempotency-store.js';
import {ReplayGuard} from '../../source/sandbox/replay-guard.js';
import {createRequestHandler} from '../../source/sandbox/request-handler.js';
import {seedData} from '../../source/sandbox/seed/seed-data.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {StateStore} from '../../source/sandbox/state-store.js';
import {postOversized} from '../support/oversized-post.js';
import {acs3Request} from './support/raw-request.js';

for (const chunked of [false, true]) {
	test(`a 50 MB POST ${chunked ? 'sent chunked' : 'with its length declared'} is answered 413 with an error envelope, and the sandbox keeps serving`, async t => {
		const sandbox = await startSandbox();
		t.teardown(async () => sandbox.close());
		const outcome = await postOversized(sandbox.port, {chunked});
		t.like(outcome, {status: 413, body: {Code: 'RequestEntityTooLarge', HostId: sandbox.endpoint}});
		t.regex(String((outcome as {body: Record<string, unknown>}).body['RequestId']), /^[\dA-F-]{36}$/);
		t.regex(String((outcome as {body: Record<string, unknown>}).body['Message']), /larger than/);
		const after = await acs3Request(sandbox, {action: 'DescribeRegions'});
		t.is(after.status, 200, 'the sandbox still answers');
	});
}

test('an error inside the handler is answered 500 InternalError, and the server keeps serving', async t => {
	let broken = true;
	const faults = new (class extends FaultInjector {
		override decide(): FaultDecision {
			if (broken) {
				throw new TypeError('a bug in the sandbox');
			}

			return {kind: 'none', delayMs: 0};
		}
	})();
	const store = new StateStore(seedData(), {now: Date.now, updatingMs: 0, conflictWindowMs: 0});
	const server = createServer(
		createRequestHandler({store, replayGuard: new ReplayGuard(), idempotency: new IdempotencyStore(), faults, calls: [], now: Date.now, later: (_ms, task) => task()}),
	);
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(async () => new Promise<void>(resolve => {
		server.closeAllConnections();
		server.close(() => resolve());
	}));
	const {port} = server.address() as AddressInfo;
	const target = {endpoint: `127.0.0.1:${port}`, port, credentials: credentialsOf(readWriteKey)} as Parameters<typeof acs3Request>[0];
	const failed = await acs3Request(target, {action: 'DescribeRegions'});
	t.is(failed.status, 500);
	t.like(failed.body, {Code: 'InternalError'});
	broken = false;
	const after = await acs3Request(target, {action: 'DescribeRegions'});
	t.is(after.status, 200);
});
