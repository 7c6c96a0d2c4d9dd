// The client against the real emulator over real HTTP on 127.0.0.1: every action, both
// signature schemes, paging, DryRun, ClientToken replay, the updating → active lifecycle,
// error envelopes, and retries under injected faults.
import test, {type ExecutionContext} from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {createVpcClient, type VpcClientOptions} from '../../source/api/vpc-client.js';
import type {RetryEvent, VpcApi} from '../../source/api/vpc-api.js';
import type {IpsecServer, UpdatePlan} from '../../source/domain/model.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox, SandboxOptions} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';

const region = 'cn-hangzhou';
const requestIdPattern = /^[\dA-F]{8}-[\dA-F]{4}-[\dA-F]{4}-[\dA-F]{4}-[\dA-F]{12}$/;

const sandboxFor = async (t: ExecutionContext, options: SandboxOptions = {}): Promise<Sandbox> => {
	const sandbox = await startSandbox({updatingMs: 200, conflictWindowMs: 0, ...options});
	t.teardown(async () => sandbox.close());
	return sandbox;
};

const clientFor = (sandbox: Sandbox, options: Partial<VpcClientOptions> = {}): VpcApi =>
	createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials, regionId: region, ...options});

const planFor = (serverId: string, gatewayId: string, params: UpdatePlan['params'], clientToken = `token-${serverId}`): UpdatePlan => ({
	regionId: region,
	ipsecServerId: serverId,
	vpnGatewayId: gatewayId,
	clientToken,
	params,
	synchronous: Object.keys(params).every(key => key === 'ipsecServerName'),
});

for (const signatureAlgorithm of [undefined, 'v2'] as const) {
	test(`every action answers through the client (${signatureAlgorithm ?? 'ACS3-HMAC-SHA256'})`, async t => {
		const sandbox = await sandboxFor(t);
		const api = clientFor(sandbox, {signatureAlgorithm});
		const {regions} = await api.describeRegions();
		t.true(regions.some(candidate => candidate.regionId === region));
		const page = await api.listIpsecServers({regionId: region});
		t.is(page.servers.length, 7);
		t.regex(page.requestId, requestIdPattern);
		const {server} = await api.getIpsecServer(region, demoServerIds.modern);
		t.is(server?.ipsecServerName, 'platform-admins');
		t.is(server?.ikeConfig.ikeEncAlg, 'aes256');
		const gateway = await api.describeVpnGateway(region, server!.vpnGatewayId);
		t.is(gateway.status, 'active');
		const gateways = await api.describeVpnGateways({regionId: region, pageSize: 50});
		t.true(gateways.gateways.some(candidate => candidate.vpnGatewayId === gateway.vpnGatewayId));
		const vpc = await api.describeVpcAttribute(region, gateway.vpcId);
		t.is(vpc.vpcId, gateway.vpcId);
		const result = await api.updateIpsecServer(planFor(server!.ipsecServerId, gateway.vpnGatewayId, {ipsecServerName: 'platform-admins-2'}));
		t.false(result.dryRun);
		t.is(sandbox.inspect.server(server!.ipsecServerId)?.ipsecServerName, 'platform-admins-2');
	});
}

test('listAllIpsecServers pages through cn-shanghai with NextToken, 20 at a time', async t => {
	const sandbox = await sandboxFor(t);
	const servers = await clientFor(sandbox).listAllIpsecServers({regionId: 'cn-shanghai'});
	t.is(servers.length, 300);
	t.is(new Set(servers.map(server => server.ipsecServerId)).size, 300);
	t.is(sandbox.inspect.calls().filter(call => call.action === 'ListIpsecServers').length, 15);
});

test('one page at a time: NextToken until it is absent', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const first = await api.listIpsecServers({regionId: 'cn-shanghai', maxResults: 20});
	t.is(first.servers.length, 20);
	t.truthy(first.nextToken);
	const second = await api.listIpsecServers({regionId: 'cn-shanghai', maxResults: 20, nextToken: first.nextToken});
	t.notDeepEqual(second.servers.map(server => server.ipsecServerId), first.servers.map(server => server.ipsecServerId));
});

test('the VpnGatewayId, IpsecServerName and IpsecServerId filters narrow the list', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const {server} = await api.getIpsecServer(region, demoServerIds.busy);
	const byGateway = await api.listIpsecServers({regionId: region, vpnGatewayId: server!.vpnGatewayId});
	t.deepEqual(byGateway.servers.map(candidate => candidate.ipsecServerId), [demoServerIds.busy]);
	const byName = await api.listIpsecServers({regionId: region, ipsecServerName: server!.ipsecServerName});
	t.deepEqual(byName.servers.map(candidate => candidate.ipsecServerId), [demoServerIds.busy]);
	const byIds = await api.listIpsecServers({regionId: region, ipsecServerIds: [demoServerIds.busy, demoServerIds.modern]});
	t.deepEqual(new Set(byIds.servers.map(candidate => candidate.ipsecServerId)), new Set([demoServerIds.busy, demoServerIds.modern]));
});

test('a DryRun that passes changes nothing and resolves with dryRun: true', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const {server} = await api.getIpsecServer(region, demoServerIds.modern);
	const result = await api.updateIpsecServer(planFor(server!.ipsecServerId, server!.vpnGatewayId, {clientIpPool: '10.250.0.0/24'}), {dryRun: true});
	t.true(result.dryRun);
	t.regex(result.requestId, requestIdPattern);
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
	t.is(sandbox.inspect.server(server!.ipsecServerId)?.clientIpPool, server!.clientIpPool);
});

test('a DryRun that fails rejects with the service error, code, status and RequestId', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const {server} = await api.getIpsecServer(region, demoServerIds.modern);
	const gateway = await api.describeVpnGateway(region, server!.vpnGatewayId);
	const vpc = await api.describeVpcAttribute(region, gateway.vpcId);
	const overlapping = vpc.cidrBlock.replace(/\/\d+$/, '/24');
	const error = await t.throwsAsync(
		api.updateIpsecServer(planFor(server!.ipsecServerId, server!.vpnGatewayId, {clientIpPool: overlapping}), {dryRun: true}),
		{instanceOf: ApiError},
	);
	t.like(error, {kind: 'service', code: 'InvalidClientIpPool.Conflict', httpStatus: 400, retryable: false});
	t.regex(error.requestId ?? '', requestIdPattern);
	t.regex(error.describe(), /overlaps other resources .* \(InvalidClientIpPool\.Conflict, RequestId [\dA-F-]{36}\)$/);
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
});

test('the same ClientToken twice applies once and answers the same RequestId', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const {server} = await api.getIpsecServer(region, demoServerIds.modern);
	const plan = planFor(server!.ipsecServerId, server!.vpnGatewayId, {clientIpPool: '10.251.0.0/24'});
	const first = await api.updateIpsecServer(plan);
	const replay = await api.updateIpsecServer(plan);
	t.is(replay.requestId, first.requestId);
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	const mismatch = await t.throwsAsync(api.updateIpsecServer({...plan, params: {clientIpPool: '10.252.0.0/24'}}), {instanceOf: ApiError});
	t.is(mismatch.code, 'IdempotentParameterMismatch');
});

test('an asynchronous change: the gateway is updating, refuses another change, then is active with the new config', async t => {
	// The sandbox's clock is ours, so "still updating" does not depend on how busy the machine is.
	let clock = Date.now();
	const sandbox = await sandboxFor(t, {updatingMs: 60_000, now: () => clock});
	const api = clientFor(sandbox);
	const {server} = await api.getIpsecServer(region, demoServerIds.modern);
	const gatewayId = server!.vpnGatewayId;
	await api.updateIpsecServer(planFor(server!.ipsecServerId, gatewayId, {clientIpPool: '10.253.0.0/24'}, 'first'));
	t.is((await api.describeVpnGateway(region, gatewayId)).status, 'updating');
	const busy = await t.throwsAsync(api.updateIpsecServer(planFor(server!.ipsecServerId, gatewayId, {ipsecServerName: 'x'}, 'second')), {instanceOf: ApiError});
	t.is(busy.code, 'VpnGateway.Configuring');
	t.is(busy.message, 'The VPN gateway is still applying an earlier change; wait until it is active and try again.');
	clock += 60_000;
	t.is((await api.describeVpnGateway(region, gatewayId)).status, 'active');
	t.is((await api.getIpsecServer(region, server!.ipsecServerId)).server?.clientIpPool, '10.253.0.0/24');
});

test('service errors surface as ApiError with code, HTTP status and RequestId', async t => {
	const sandbox = await sandboxFor(t);
	const api = clientFor(sandbox);
	const {server: locked} = await api.getIpsecServer(region, demoServerIds.financialLocked);
	const cases: Array<[Promise<unknown>, string, number]> = [
		[api.updateIpsecServer(planFor(locked!.ipsecServerId, locked!.vpnGatewayId, {ipsecServerName: 'x'})), 'VpnGateway.FinancialLocked', 400],
		[api.describeVpnGateway(region, 'vpn-doesnotexist000000000'), 'InvalidVpnGatewayInstanceId.NotFound', 404],
		[api.describeVpcAttribute(region, 'vpc-doesnotexist000000000'), 'InvalidVpcId.NotFound', 404],
		[
			clientFor(sandbox, {credential: sandbox.readOnlyCredentials}).updateIpsecServer(planFor(demoServerIds.modern, 'vpn-x', {ipsecServerName: 'x'})),
			'Forbidden',
			403,
		],
		[clientFor(sandbox, {credential: {...sandbox.credentials, accessKeySecret: 'wrong'}}).describeRegions(), 'SignatureDoesNotMatch', 400],
		[clientFor(sandbox, {credential: {accessKeyId: 'FAKENOTKNOWN0000', accessKeySecret: 'x'}}).describeRegions(), 'InvalidAccessKeyId.NotFound', 404],
	];
	for (const [call, code, httpStatus] of cases) {
		const error = await t.throwsAsync(call, {instanceOf: ApiError});
		t.like(error, {kind: 'service', code, httpStatus}, code);
		t.regex(error.requestId ?? '', requestIdPattern, code);
		t.false(error.message.includes(sandbox.credentials.accessKeySecret), code);
	}
});

test('an unknown IpsecServerId lists nothing: getIpsecServer has no server', async t => {
	const sandbox = await sandboxFor(t);
	const result = await clientFor(sandbox).getIpsecServer(region, 'iss-doesnotexist00000000');
	t.is(result.server, undefined);
	t.regex(result.requestId, requestIdPattern);
});

const chaos = {seed: 7, throttleRate: 0.3, serverErrorRate: 0.2, dropRate: 0.1};

const updateLifetime = (api: VpcApi, server: IpsecServer, clientToken: string, ikeLifetime: number) =>
	api.updateIpsecServer({
		regionId: server.regionId,
		ipsecServerId: server.ipsecServerId,
		vpnGatewayId: server.vpnGatewayId,
		clientToken,
		params: {ikeConfig: {...server.ikeConfig, ikeLifetime}},
		synchronous: false,
	});

test('under injected faults one update completes, applied exactly once, with its retries reported', async t => {
	const sandbox = await sandboxFor(t, {updatingMs: 0});
	const events: RetryEvent[] = [];
	const api = clientFor(sandbox, {regionId: 'cn-shanghai', sleep: async () => undefined, onRetry: event => events.push(event)});
	const [server] = (await api.listIpsecServers({regionId: 'cn-shanghai', maxResults: 1})).servers;
	sandbox.setFaults(chaos);
	const result = await updateLifetime(api, server!, 'chaos-single', 7200);
	sandbox.setFaults(undefined);
	t.false(result.dryRun);
	t.deepEqual(sandbox.inspect.appliedUpdates().map(update => update.clientToken), ['chaos-single']);
	t.true(events.length > 0);
	const temporary = events.filter(event => event.reason === 'temporary');
	t.deepEqual(temporary.map(event => event.attempt), temporary.map((_, index) => index + 1));
	t.true(events.every(event => event.maxAttempts === 5 && event.delayMs >= 0 && event.delayMs <= (event.reason === 'throttled' ? 8000 : 5000)));
	t.is(sandbox.inspect.server(server!.ipsecServerId)?.ikeConfig.ikeLifetime, 7200);
});

test('under injected faults no update is ever applied twice, and retries stay within their budgets', async t => {
	const sandbox = await sandboxFor(t, {updatingMs: 0});
	const events: RetryEvent[] = [];
	const api = clientFor(sandbox, {regionId: 'cn-shanghai', sleep: async () => undefined, onRetry: event => events.push(event)});
	const {servers} = await api.listIpsecServers({regionId: 'cn-shanghai', maxResults: 20});
	sandbox.setFaults(chaos);
	const outcomes = [];
	for (const [index, server] of servers.entries()) {
		outcomes.push(await updateLifetime(api, server, `chaos-${index}`, 3600 + index).then(() => 'applied', (error: unknown) => error));
	}

	sandbox.setFaults(undefined);
	const appliedTokens = sandbox.inspect.appliedUpdates().map(update => update.clientToken);
	t.is(new Set(appliedTokens).size, appliedTokens.length, 'no ClientToken applied twice');
	for (const [index, outcome] of outcomes.entries()) {
		if (outcome === 'applied') {
			t.true(appliedTokens.includes(`chaos-${index}`));
			t.is(sandbox.inspect.server(servers[index]!.ipsecServerId)?.ikeConfig.ikeLifetime, 3600 + index);
		} else {
			// Given up: a retryable failure, after its budget (attempts, or time for throttling), in one sentence.
			t.true(outcome instanceof ApiError && outcome.retryable && /\((gave up after \d+ attempts|still throttled after .+ of waiting)\)\.$/.test(outcome.message));
		}
	}

	t.true(outcomes.filter(outcome => outcome === 'applied').length >= servers.length / 2);
	t.true(events.every(event => event.maxAttempts === 5 && (event.reason === 'throttled' || event.attempt < event.maxAttempts)));
	t.true(events.some(event => event.code === 'ECONNRESET'), 'dropped connections were retried');
	t.true(events.some(event => event.code === 'Throttling.User'));
});

test('a call that is always throttled is waited out for a minute of backoff, then reported', async t => {
	const sandbox = await sandboxFor(t, {faults: {seed: 1, throttleRate: 1}});
	const events: RetryEvent[] = [];
	const api = clientFor(sandbox, {sleep: async () => undefined, onRetry: event => events.push(event)});
	const error = await t.throwsAsync(api.describeRegions(), {instanceOf: ApiError});
	t.like(error, {kind: 'service', code: 'Throttling.User', httpStatus: 400});
	t.regex(error.message, /\(still throttled after 60 s of waiting\)\.$/);
	t.is(sandbox.inspect.calls().filter(call => call.action === 'DescribeRegions').length, events.length + 1);
	t.true(events.every(event => event.reason === 'throttled'));
	t.is(events.reduce((sum, event) => sum + event.delayMs, 0), 60_000);
});

test('an answer slower than the read timeout is a network timeout', async t => {
	const sandbox = await sandboxFor(t, {faults: {seed: 1, slowRate: 1, slowMs: 3000}});
	const api = clientFor(sandbox, {readTimeoutMs: 200, retry: {maxAttempts: 1}});
	const error = await t.throwsAsync(api.describeRegions(), {instanceOf: ApiError});
	t.like(error, {kind: 'network', code: 'Timeout', retryable: true});
	t.regex(error.message, /^No answer came from 127\.0\.0\.1:\d+ within 0\.2 s/);
});
