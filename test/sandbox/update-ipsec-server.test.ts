// UpdateIpsecServer as the API page describes it: validation codes, DryRun, ClientToken,
// the updating → active lifecycle and the states that refuse a change.
import anyTest, {type ExecutionContext, type TestFn} from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {manualClock, type ManualClock} from './support/manual-clock.js';
import {acs3Request, type RawAnswer} from './support/raw-request.js';

type Context = {sandbox: Sandbox; clock: ManualClock};
const test = anyTest as TestFn<Context>;

test.beforeEach(async t => {
	const clock = manualClock();
	t.context.clock = clock;
	t.context.sandbox = await startSandbox({now: clock.now, updatingMs: 300, conflictWindowMs: 1500});
});

test.afterEach.always(async t => {
	await t.context.sandbox.close();
});

async function update(t: ExecutionContext<Context>, serverId: string, params: Record<string, string>): Promise<RawAnswer> {
	return acs3Request(t.context.sandbox, {action: 'UpdateIpsecServer', query: {RegionId: 'cn-hangzhou', IpsecServerId: serverId, ...params}});
}

async function gatewayStatus(t: ExecutionContext<Context>, gatewayId: string): Promise<string> {
	const answer = await acs3Request(t.context.sandbox, {action: 'DescribeVpnGateway', query: {RegionId: 'cn-hangzhou', VpnGatewayId: gatewayId}});
	return answer.body.Status as string;
}

const legacyGateway = 'vpn-bp1a7f3k9d2m5x8c1v4b6';

const refusals: Array<{title: string; server: string; params: Record<string, string>; status: number; code: string}> = [
	{title: 'LocalSubnet that is not a CIDR', server: demoServerIds.legacy, params: {LocalSubnet: '192.168.1.0/24,banana'}, status: 400, code: 'IllegalParam.LocalSubnet'},
	{title: 'LocalSubnet with host bits set', server: demoServerIds.legacy, params: {LocalSubnet: '192.168.1.5/24'}, status: 400, code: 'IllegalParam.LocalSubnet'},
	{title: 'ClientIpPool that is not a CIDR', server: demoServerIds.legacy, params: {ClientIpPool: '10.9.0.0'}, status: 400, code: 'IllegalParam.ClientIpPool'},
	{title: 'ClientIpPool wider than /16', server: demoServerIds.legacy, params: {ClientIpPool: '10.0.0.0/15'}, status: 400, code: 'ClientIpPool.NetmaskInvalid'},
	{title: 'ClientIpPool narrower than /29', server: demoServerIds.legacy, params: {ClientIpPool: '10.9.0.0/30'}, status: 400, code: 'ClientIpPool.NetmaskInvalid'},
	{title: 'ClientIpPool inside the VPC primary CIDR', server: demoServerIds.legacy, params: {ClientIpPool: '192.168.50.0/24'}, status: 400, code: 'InvalidClientIpPool.Conflict'},
	{title: 'ClientIpPool inside a VPC secondary CIDR', server: demoServerIds.crowdedGateway, params: {ClientIpPool: '10.50.4.0/24'}, status: 400, code: 'InvalidClientIpPool.Conflict'},
	{title: 'LocalSubnet that swallows the client pool', server: demoServerIds.legacy, params: {LocalSubnet: '10.8.0.0/16'}, status: 400, code: 'InvalidClientIpPool.Conflict'},
	{title: 'ClientIpPool over the SSL-VPN client pool', server: demoServerIds.crowdedGateway, params: {ClientIpPool: '10.60.0.0/23'}, status: 400, code: 'VpnRouteEntry.Conflict'},
	{title: 'ClientIpPool over a VPN connection network', server: demoServerIds.crowdedGateway, params: {ClientIpPool: '10.70.8.0/24'}, status: 400, code: 'VpnRouteEntry.Conflict'},
	{title: 'IpsecPfs disabled', server: demoServerIds.modern, params: {IpsecConfig: '{"IpsecPfs":"disabled"}'}, status: 400, code: 'OperationUnsupported.IpsecPfs'},
	{title: 'PskEnabled false without IDaaS', server: demoServerIds.legacy, params: {PskEnabled: 'false'}, status: 400, code: 'IllegalParam.AuthMethod'},
	{title: 'an empty name', server: demoServerIds.legacy, params: {IpsecServerName: ''}, status: 400, code: 'InvalidParameter'},
	{title: 'a 101-character name', server: demoServerIds.legacy, params: {IpsecServerName: 'n'.repeat(101)}, status: 400, code: 'InvalidParameter'},
	{title: 'a name starting https://', server: demoServerIds.legacy, params: {IpsecServerName: 'https://vpn'}, status: 400, code: 'InvalidParameter'},
	{title: 'an empty Psk', server: demoServerIds.legacy, params: {Psk: ''}, status: 400, code: 'InvalidParameter'},
	{title: 'a 101-character Psk', server: demoServerIds.legacy, params: {Psk: 'k'.repeat(101)}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeConfig that is not JSON', server: demoServerIds.legacy, params: {IkeConfig: 'IkeVersion=ikev2'}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeConfig that is a JSON array', server: demoServerIds.legacy, params: {IkeConfig: '["ikev2"]'}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeConfig with a camelCase key', server: demoServerIds.legacy, params: {IkeConfig: '{"ikeVersion":"ikev2"}'}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeVersion ikev3', server: demoServerIds.legacy, params: {IkeConfig: '{"IkeVersion":"ikev3"}'}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeEncAlg sm4 on a standard gateway', server: demoServerIds.legacy, params: {IkeConfig: '{"IkeEncAlg":"sm4"}'}, status: 400, code: 'InvalidParameter'},
	{title: 'IkeLifetime 86401', server: demoServerIds.legacy, params: {IkeConfig: '{"IkeLifetime":86401}'}, status: 400, code: 'InvalidParameter'},
	{title: 'IpsecLifetime -1', server: demoServerIds.legacy, params: {IpsecConfig: '{"IpsecLifetime":-1}'}, status: 400, code: 'InvalidParameter'},
	{title: 'IpsecAuthAlg sha386', server: demoServerIds.legacy, params: {IpsecConfig: '{"IpsecAuthAlg":"sha386"}'}, status: 400, code: 'InvalidParameter'},
	{title: 'a LocalId that is neither IP nor FQDN', server: demoServerIds.legacy, params: {IkeConfig: '{"LocalId":"not valid!"}'}, status: 400, code: 'InvalidParameter'},
	{title: 'EffectImmediately yes', server: demoServerIds.legacy, params: {EffectImmediately: 'yes'}, status: 400, code: 'InvalidParameter'},
	{title: 'an unknown server', server: 'iss-bp1doesnotexist000000', params: {IpsecServerName: 'x'}, status: 404, code: 'InvalidIpsecServerId.NotFound'},
	{title: 'a FinancialLocked gateway', server: demoServerIds.financialLocked, params: {IpsecServerName: 'x'}, status: 400, code: 'VpnGateway.FinancialLocked'},
];

for (const {title, server, params, status, code} of refusals) {
	test(`refuses ${title} with ${code}, with or without DryRun, and changes nothing`, async t => {
		const before = t.context.sandbox.inspect.server(server);
		for (const dryRun of ['false', 'true']) {
			const answer = await update(t, server, {...params, DryRun: dryRun});
			t.is(answer.status, status);
			t.is(answer.body.Code, code);
		}

		t.deepEqual(t.context.sandbox.inspect.server(server), before);
		t.deepEqual(t.context.sandbox.inspect.appliedUpdates(), []);
	});
}

test('a missing IpsecServerId is MissingParameter', async t => {
	const answer = await acs3Request(t.context.sandbox, {action: 'UpdateIpsecServer', query: {RegionId: 'cn-hangzhou', IpsecServerName: 'x'}});
	t.is(answer.body.Code, 'MissingParameter');
});

test('DryRun passes for values at the edges of every range and changes nothing', async t => {
	const answer = await update(t, demoServerIds.legacy, {
		DryRun: 'true', IpsecServerName: 'n'.repeat(100), Psk: 'k'.repeat(100), ClientIpPool: '10.9.0.0/16', LocalSubnet: '192.168.0.0/16,172.20.0.0/16',
		IkeConfig: '{"IkeVersion":"ikev2","IkeMode":"main","IkeEncAlg":"aes192","IkeAuthAlg":"sha512","IkePfs":"group5","IkeLifetime":0,"LocalId":"vpn.example.com","RemoteId":"198.51.100.1"}',
		IpsecConfig: '{"IpsecEncAlg":"3des","IpsecAuthAlg":"sha384","IpsecPfs":"group14","IpsecLifetime":86400}',
	});
	t.is(answer.status, 400);
	t.is(answer.body.Code, 'DryRunOperation');
	t.is(answer.body.Message, 'Request validation has been passed with DryRun flag set.');
	t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.ipsecServerName, 'hq-legacy-clients');
	t.is(await gatewayStatus(t, legacyGateway), 'active');
});

test('a name-only change applies at once and the gateway stays active', async t => {
	const answer = await update(t, demoServerIds.legacy, {IpsecServerName: 'hq-clients'});
	t.is(answer.status, 200);
	t.deepEqual(Object.keys(answer.body), ['RequestId']);
	t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.ipsecServerName, 'hq-clients');
	t.is(await gatewayStatus(t, legacyGateway), 'active');
	t.is(t.context.sandbox.inspect.appliedUpdates().length, 1);
});

test('PskEnabled false is allowed when IDaaS two-factor authentication is on', async t => {
	const answer = await update(t, demoServerIds.twoFactor, {PskEnabled: 'false'});
	t.is(answer.status, 200);
	t.context.clock.advance(300);
	t.false(t.context.sandbox.inspect.server(demoServerIds.twoFactor)!.pskEnabled);
});

test('partial IkeConfig replaces the keys given and keeps the rest; an empty LocalId means the gateway IP', async t => {
	t.is((await update(t, demoServerIds.modern, {IkeConfig: '{"IkeLifetime":3600,"LocalId":""}'})).status, 200);
	t.context.clock.advance(300);
	t.deepEqual(t.context.sandbox.inspect.server(demoServerIds.modern)!.ikeConfig, {
		ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 3600,
		localId: '203.0.113.58', remoteId: 'admins.example.com',
	});
});

test('while the gateway is updating, another change is VpnGateway.Configuring; just after, OperationConflict; later, accepted', async t => {
	t.is((await update(t, demoServerIds.legacy, {ClientIpPool: '10.9.0.0/24'})).status, 200);
	t.is(await gatewayStatus(t, legacyGateway), 'updating');
	t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.clientIpPool, '10.8.0.0/24', 'the old pool is still in force');
	const during = await update(t, demoServerIds.legacy, {Psk: 'another-key'});
	t.is(during.status, 400);
	t.is(during.body.Code, 'VpnGateway.Configuring');

	t.context.clock.advance(300);
	t.is(await gatewayStatus(t, legacyGateway), 'active');
	t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.clientIpPool, '10.9.0.0/24');
	const tooSoon = await update(t, demoServerIds.legacy, {Psk: 'another-key'});
	t.is(tooSoon.status, 409);
	t.is(tooSoon.body.Code, 'OperationConflict');

	t.context.clock.advance(1500);
	t.is((await update(t, demoServerIds.legacy, {Psk: 'another-key'})).status, 200);
	t.is(t.context.sandbox.inspect.appliedUpdates().length, 2);
});

test('the same ClientToken with the same parameters replays the first answer and applies once', async t => {
	const params = {ClientToken: 'token-42', ClientIpPool: '10.9.0.0/24'};
	const first = await update(t, demoServerIds.legacy, params);
	t.is(first.status, 200);
	const replay = await update(t, demoServerIds.legacy, params);
	t.is(replay.status, 200, 'a replay is answered even though the gateway is now updating');
	t.is(replay.body.RequestId, first.body.RequestId);
	t.context.clock.advance(300);
	t.is((await update(t, demoServerIds.legacy, params)).body.RequestId, first.body.RequestId);
	t.deepEqual(t.context.sandbox.inspect.appliedUpdates().map(({ipsecServerId, clientToken}) => ({ipsecServerId, clientToken})), [
		{ipsecServerId: demoServerIds.legacy, clientToken: 'token-42'},
	]);
});

test('the same ClientToken with other parameters is IdempotentParameterMismatch', async t => {
	t.is((await update(t, demoServerIds.legacy, {ClientToken: 'token-7', IpsecServerName: 'first'})).status, 200);
	const other = await update(t, demoServerIds.legacy, {ClientToken: 'token-7', IpsecServerName: 'second'});
	t.is(other.status, 400);
	t.is(other.body.Code, 'IdempotentParameterMismatch');
	t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.ipsecServerName, 'first');
});

test('a ClientToken whose first call failed can be used again', async t => {
	t.is((await update(t, demoServerIds.legacy, {ClientToken: 'token-9', ClientIpPool: '192.168.1.0/24'})).body.Code, 'InvalidClientIpPool.Conflict');
	t.is((await update(t, demoServerIds.legacy, {ClientToken: 'token-9', ClientIpPool: '10.9.0.0/24'})).status, 200);
});

test('mutateServer changes what the API reports (someone else edited the server)', async t => {
	t.context.sandbox.inspect.mutateServer(demoServerIds.modern, {ipsecServerName: 'edited-elsewhere'});
	const answer = await acs3Request(t.context.sandbox, {action: 'ListIpsecServers', query: {RegionId: 'cn-hangzhou', 'IpsecServerId.1': demoServerIds.modern}});
	t.is(answer.body.IpsecServers[0].IpsecServerName, 'edited-elsewhere');
});
