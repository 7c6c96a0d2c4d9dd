// Fault injection: off unless asked, deterministic for a seed, after authentication only, and a
// connection dropped after an update was applied is healed by a ClientToken replay.
import test from 'ava';
import {FaultInjector} from '../../source/sandbox/fault-injector.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {FaultOptions, Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {acs3Request} from './support/raw-request.js';
import {waitFor} from './support/wait-for.js';

async function outcomes(sandbox: Sandbox, count: number): Promise<string[]> {
	const codes: string[] = [];
	for (let index = 0; index < count; index++) {
		const answer = await acs3Request(sandbox, {action: 'DescribeRegions'});
		codes.push(answer.status === 200 ? 'ok' : `${answer.status} ${answer.body.Code as string}`);
	}

	return codes;
}

async function sandboxWith(t: {teardown: (f: () => Promise<void>) => void}, faults?: FaultOptions): Promise<Sandbox> {
	const sandbox = await startSandbox({faults});
	t.teardown(async () => sandbox.close());
	return sandbox;
}

/** The first seed whose first decision is a drop with the wanted timing. */
function seedForDrop(afterApply: boolean): number {
	for (let seed = 1; ; seed++) {
		const decision = new FaultInjector({seed, dropRate: 1}).decide();
		if (decision.kind === 'drop' && decision.afterApply === afterApply) {
			return seed;
		}
	}
}

test('without faults every call is answered normally', async t => {
	const sandbox = await sandboxWith(t);
	t.deepEqual(await outcomes(sandbox, 30), Array.from({length: 30}, () => 'ok'));
});

test('the same seed gives the same sequence of throttling and server errors', async t => {
	const faults = {seed: 7, throttleRate: 0.3, serverErrorRate: 0.3};
	const first = await outcomes(await sandboxWith(t, faults), 30);
	const second = await outcomes(await sandboxWith(t, faults), 30);
	t.deepEqual(second, first);
	t.true(first.includes('ok'));
	t.true(first.includes('400 Throttling.User'));
	t.true(first.some(outcome => outcome === '503 ServiceUnavailable' || outcome === '500 InternalError'));
	const otherSeed = await outcomes(await sandboxWith(t, {...faults, seed: 8}), 30);
	t.notDeepEqual(otherSeed, first);
});

test('setFaults changes the faults at run time', async t => {
	const sandbox = await sandboxWith(t);
	sandbox.setFaults({throttleRate: 1});
	t.deepEqual(await outcomes(sandbox, 2), ['400 Throttling.User', '400 Throttling.User']);
	sandbox.setFaults(undefined);
	t.deepEqual(await outcomes(sandbox, 2), ['ok', 'ok']);
});

test('faults apply only after the signature is verified', async t => {
	const sandbox = await sandboxWith(t, {throttleRate: 1});
	const answer = await acs3Request(sandbox, {action: 'DescribeRegions', signature: 'f'.repeat(64)});
	t.is(answer.body.Code, 'SignatureDoesNotMatch');
});

test('a dropped connection before the update applies nothing', async t => {
	const sandbox = await sandboxWith(t, {seed: seedForDrop(false), dropRate: 1});
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: {RegionId: 'cn-hangzhou', IpsecServerId: demoServerIds.busy, ClientToken: 'drop-1', Psk: 'new-key-123'}}));
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
	t.like(sandbox.inspect.calls()[0], {action: 'UpdateIpsecServer', status: 0});
});

test('a connection dropped after the update applied, then a retry with the same ClientToken: exactly one update', async t => {
	const sandbox = await sandboxWith(t, {seed: seedForDrop(true), dropRate: 1});
	const query = {RegionId: 'cn-hangzhou', IpsecServerId: demoServerIds.busy, ClientToken: 'drop-2', Psk: 'new-key-456'};
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query}));
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	sandbox.setFaults(undefined);
	const retry = await acs3Request(sandbox, {action: 'UpdateIpsecServer', query});
	t.is(retry.status, 200, 'the retry is answered by replay, not refused as Configuring');
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});

test('close() ends a pending slow answer at once', async t => {
	const sandbox = await startSandbox({faults: {slowRate: 1, slowMs: 600_000}});
	const pending = acs3Request(sandbox, {action: 'DescribeRegions'});
	await waitFor(() => sandbox.inspect.calls().length === 1 || undefined);
	await sandbox.close();
	await t.throwsAsync(pending);
});

test('slow answers and latency still arrive intact', async t => {
	const sandbox = await sandboxWith(t, {slowRate: 1, slowMs: 50, latencyMs: 20});
	t.deepEqual(await outcomes(sandbox, 2), ['ok', 'ok']);
});

const loseQuery = (token: string) => ({RegionId: 'cn-hangzhou', IpsecServerId: demoServerIds.busy, ClientToken: token, Psk: 'new-key-789'});

test('loseAnswer=1: the first real update is applied and its answer cut; DryRuns and reads are answered', async t => {
	const sandbox = await sandboxWith(t, {loseAnswer: 1});
	t.is((await acs3Request(sandbox, {action: 'DescribeRegions'})).status, 200);
	const dryRun = await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: {...loseQuery('lose-dry'), DryRun: 'true'}});
	t.is(dryRun.body.Code, 'DryRunOperation');
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-1')}));
	t.is(sandbox.inspect.appliedUpdates().length, 1, 'applied although no answer came');
	const retry = await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-1')});
	t.is(retry.status, 200, 'only the first answer is lost; the retry is replayed (token-first by default)');
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});

test('order=state-first: a retry with the same token while the gateway updates is answered VpnGateway.Configuring', async t => {
	const sandbox = await sandboxWith(t, {loseAnswer: 1, order: 'state-first'});
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-2')}));
	const retry = await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-2')});
	t.is(retry.body.Code, 'VpnGateway.Configuring');
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});

test('order=token-first: the same retry is answered by replay', async t => {
	const sandbox = await sandboxWith(t, {loseAnswer: 1, order: 'token-first'});
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-3')}));
	t.is((await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('lose-3')})).status, 200);
});

test('loseRequest=2: the next two real updates are cut before anything is applied, the third goes through', async t => {
	const sandbox = await sandboxWith(t, {loseRequest: 2});
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('cut-1')}));
	await t.throwsAsync(acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('cut-1')}));
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
	t.is((await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: loseQuery('cut-1')})).status, 200);
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});
