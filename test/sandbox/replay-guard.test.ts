// Nonces are remembered past the 15-minute window, and memory stays bounded.
import test from 'ava';
import {ReplayGuard} from '../../source/sandbox/replay-guard.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {manualClock} from './support/manual-clock.js';
import {acs3Request, newNonce} from './support/raw-request.js';

test('a nonce is still refused 20 minutes later, by a request dated then', async t => {
	const clock = manualClock();
	const sandbox = await startSandbox({now: clock.now, largeRegionServers: 0});
	t.teardown(async () => sandbox.close());
	const nonce = newNonce();
	t.is((await acs3Request(sandbox, {action: 'DescribeRegions', nonce, date: new Date(clock.now())})).status, 200);
	clock.advance(20 * 60_000);
	const reused = await acs3Request(sandbox, {action: 'DescribeRegions', nonce, date: new Date(clock.now())});
	t.is(reused.body.Code, 'SignatureNonceUsed');
});

test('nonce memory forgets expired entries and never grows past its capacity', t => {
	const guard = new ReplayGuard(3);
	for (const nonce of ['a', 'b', 'c', 'd']) {
		t.true(guard.use('AK', nonce, 0));
	}

	t.is(guard.size, 3);
	t.false(guard.use('AK', 'd', 1));
	t.true(guard.use('OTHER', 'd', 1), 'nonces are per AccessKey');
	t.true(guard.use('AK', 'x', 31 * 60_000));
	t.is(guard.size, 1);
});
