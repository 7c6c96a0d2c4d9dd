// The official generated SDK (@alicloud/vpc20160428) works against the sandbox unchanged, with
// the default ACS3 signature and with V1 (`signatureAlgorithm: 'v2'`).
import anyTest, {type TestFn} from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {manualClock} from './support/manual-clock.js';
import {Vpc, vpcClient} from './support/sdk-clients.js';
import {waitFor} from './support/wait-for.js';

const test = anyTest as TestFn<{sandbox: Sandbox}>;

test.before(async t => {
	t.context.sandbox = await startSandbox();
});

test.after.always(async t => {
	await t.context.sandbox.close();
});

const schemes = [
	{label: 'ACS3-HMAC-SHA256', signatureAlgorithm: undefined},
	{label: 'V1 HMAC-SHA1', signatureAlgorithm: 'v2' as const},
];

for (const {label, signatureAlgorithm} of schemes) {
	test(`${label}: ListIpsecServers lists the demo region with nested IkeConfig and IpsecConfig`, async t => {
		const client = vpcClient(t.context.sandbox, {signatureAlgorithm});
		const {statusCode, body} = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'cn-hangzhou', maxResults: 20}));
		t.is(statusCode, 200);
		t.regex(body!.requestId!, /^[\dA-F]{8}-[\dA-F]{4}-[\dA-F]{4}-[\dA-F]{4}-[\dA-F]{12}$/);
		t.is(body!.totalCount, 7);
		t.is(body!.nextToken, undefined);
		const legacy = body!.ipsecServers!.find(server => server.ipsecServerId === demoServerIds.legacy)!;
		t.like(legacy.ikeConfig, {ikeVersion: 'ikev1', ikeMode: 'aggressive', ikeEncAlg: 'des', ikeAuthAlg: 'md5', ikePfs: 'group1', ikeLifetime: 86_400});
		t.like(legacy.ipsecConfig, {ipsecEncAlg: 'des', ipsecAuthAlg: 'md5', ipsecPfs: 'group1'});
		t.is(legacy.localSubnet, '192.168.0.0/16');
		const busy = body!.ipsecServers!.find(server => server.ipsecServerId === demoServerIds.busy)!;
		t.is(busy.onlineClientCount, 12);
		t.is(busy.localSubnet, '10.20.0.0/16,10.21.0.0/16');
	});

	test(`${label}: the describe actions answer in the shapes the SDK casts`, async t => {
		const client = vpcClient(t.context.sandbox, {signatureAlgorithm});
		const gateway = await client.describeVpnGateway(new Vpc.DescribeVpnGatewayRequest({regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-bp1m9n8b7v6c5x4z3l2k1'}));
		t.like(gateway.body, {status: 'active', businessStatus: 'FinancialLocked', vpcId: 'vpc-bp1q4w7e2r5t8y1u3i6o0'});
		t.is(typeof gateway.body!.createTime, 'number');
		const gateways = await client.describeVpnGateways(new Vpc.DescribeVpnGatewaysRequest({regionId: 'cn-hangzhou', pageSize: 50}));
		t.is(gateways.body!.totalCount, 8);
		t.is(gateways.body!.vpnGateways!.vpnGateway!.length, 8);
		const vpc = await client.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({regionId: 'cn-hangzhou', vpcId: 'vpc-bp1y5u7i9o1p3a6s8d0f2'}));
		t.is(vpc.body!.cidrBlock, '172.18.0.0/16');
		t.deepEqual(vpc.body!.secondaryCidrBlocks!.secondaryCidrBlock, ['172.19.0.0/16', '10.50.0.0/16']);
		const regions = await client.describeRegions(new Vpc.DescribeRegionsRequest({acceptLanguage: 'en-US'}));
		t.deepEqual(regions.body!.regions!.region!.slice(0, 2).map(region => [region.regionId, region.localName]), [['cn-hangzhou', 'China (Hangzhou)'], ['cn-shanghai', 'China (Shanghai)']]);
	});

	test(`${label}: UpdateIpsecServer with DryRun throws DryRunOperation and changes nothing`, async t => {
		const client = vpcClient(t.context.sandbox, {signatureAlgorithm});
		const error = await t.throwsAsync(client.updateIpsecServer(new Vpc.UpdateIpsecServerRequest({
			regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.legacy, dryRun: 'true',
			ikeConfig: JSON.stringify({IkeVersion: 'ikev2', IkeMode: 'main', IkeEncAlg: 'aes256'}),
		})));
		t.like(error as object, {code: 'DryRunOperation', statusCode: 400});
		t.is(t.context.sandbox.inspect.server(demoServerIds.legacy)!.ikeConfig.ikeVersion, 'ikev1');
		t.is(t.context.sandbox.inspect.gateway('vpn-bp1a7f3k9d2m5x8c1v4b6')!.status, 'active');
	});

	test(`${label}: an update puts the gateway in updating, then active with the new configuration`, async t => {
		const clock = manualClock();
		const sandbox = await startSandbox({now: clock.now, updatingMs: 300});
		t.teardown(async () => sandbox.close());
		const client = vpcClient(sandbox, {signatureAlgorithm});
		const listModern = async () => (await client.listIpsecServers(new Vpc.ListIpsecServersRequest({
			regionId: 'cn-hangzhou', ipsecServerId: [demoServerIds.legacy],
		}))).body!.ipsecServers![0]!;
		const describe = async () => (await client.describeVpnGateway(new Vpc.DescribeVpnGatewayRequest({
			regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-bp1a7f3k9d2m5x8c1v4b6',
		}))).body!.status;
		const answer = await client.updateIpsecServer(new Vpc.UpdateIpsecServerRequest({
			regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.legacy, clientToken: 'sdk-update-1',
			ikeConfig: JSON.stringify({IkeVersion: 'ikev2', IkeMode: 'main', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14'}),
			ipsecConfig: JSON.stringify({IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha256', IpsecPfs: 'group14'}),
		}));
		t.is(answer.statusCode, 200);
		t.truthy(answer.body!.requestId);
		t.is(await describe(), 'updating');
		t.is((await listModern()).ikeConfig!.ikeVersion, 'ikev1', 'during updating the old configuration is still what runs');
		clock.advance(300);
		t.is(await describe(), 'active');
		t.like((await listModern()).ikeConfig, {ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 86_400});
		t.like((await listModern()).ipsecConfig, {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14'});
		t.is(sandbox.inspect.appliedUpdates().length, 1);
	});

	test(`${label}: pages through cn-shanghai with NextToken`, async t => {
		const client = vpcClient(t.context.sandbox, {signatureAlgorithm, regionId: 'cn-shanghai'});
		const seen = new Set<string>();
		let nextToken: string | undefined;
		let pages = 0;
		do {
			const {body} = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'cn-shanghai', maxResults: 20, nextToken}));
			t.is(body!.totalCount, 300);
			t.is(body!.maxResults, 20);
			for (const server of body!.ipsecServers!) {
				seen.add(server.ipsecServerId!);
			}

			nextToken = body!.nextToken;
			pages++;
		} while (nextToken);
		t.is(pages, 15);
		t.is(seen.size, 300);
	});
}

test('in real time, an update with a short updatingMs lands without anyone moving a clock', async t => {
	const sandbox = await startSandbox({updatingMs: 300});
	t.teardown(async () => sandbox.close());
	const client = vpcClient(sandbox);
	await client.updateIpsecServer(new Vpc.UpdateIpsecServerRequest({regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.busy, clientIpPool: '172.16.12.0/22'}));
	const server = await waitFor(async () => {
		const {body} = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'cn-hangzhou', ipsecServerId: [demoServerIds.busy]}));
		const found = body!.ipsecServers![0];
		return found?.clientIpPool === '172.16.12.0/22' ? found : undefined;
	});
	t.is(server.clientIpPool, '172.16.12.0/22');
	t.is(sandbox.inspect.gateway('vpn-bp1h2j4k6l8z0x3c5v7b9')!.status, 'active');
});

test('an empty region lists no servers', async t => {
	const client = vpcClient(t.context.sandbox, {regionId: 'ap-southeast-1'});
	const {body} = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'ap-southeast-1'}));
	t.is(body!.totalCount, 0);
	t.deepEqual(body!.ipsecServers, []);
});
