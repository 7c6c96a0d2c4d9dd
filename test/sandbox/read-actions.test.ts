// The read actions' filters, paging bounds and not-found answers.
import anyTest, {type ExecutionContext, type TestFn} from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {acs3Request, type RawAnswer} from './support/raw-request.js';

const test = anyTest as TestFn<{sandbox: Sandbox}>;

test.before(async t => {
	t.context.sandbox = await startSandbox({largeRegionServers: 45});
});

test.after.always(async t => {
	await t.context.sandbox.close();
});

async function call(t: ExecutionContext<{sandbox: Sandbox}>, action: string, query: Record<string, string>): Promise<RawAnswer> {
	return acs3Request(t.context.sandbox, {action, query});
}

test('ListIpsecServers defaults MaxResults to 10', async t => {
	const answer = await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai'});
	t.is(answer.body.MaxResults, 10);
	t.is(answer.body.IpsecServers.length, 10);
	t.is(answer.body.TotalCount, 45);
	t.is(typeof answer.body.NextToken, 'string');
});

for (const maxResults of ['0', '21', '50', 'ten']) {
	test(`ListIpsecServers refuses MaxResults=${maxResults} as the docs say (1–20)`, async t => {
		const answer = await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai', MaxResults: maxResults});
		t.is(answer.status, 400);
		t.is(answer.body.Code, 'InvalidParameter');
	});
}

test('ListIpsecServers filters by gateway, by IDs and by exact name; unknown IDs match nothing', async t => {
	const byGateway = await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', VpnGatewayId: 'vpn-bp1t6y8u0i2o4p1a3s5d7'});
	t.deepEqual(byGateway.body.IpsecServers.map((server: {IpsecServerId: string}) => server.IpsecServerId), [demoServerIds.crowdedGateway]);
	const byIds = await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', 'IpsecServerId.1': demoServerIds.busy, 'IpsecServerId.2': 'iss-bp1unknown00000000000'});
	t.is(byIds.body.TotalCount, 1);
	t.is((await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', IpsecServerName: 'platform-admins'})).body.TotalCount, 1);
	t.is((await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', IpsecServerName: 'platform'})).body.TotalCount, 0);
	const unknown = await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', 'IpsecServerId.1': 'iss-bp1unknown00000000000'});
	t.is(unknown.status, 200);
	t.deepEqual(unknown.body.IpsecServers, []);
});

test('ListIpsecServers refuses IpsecServerId.21', async t => {
	const answer = await call(t, 'ListIpsecServers', {RegionId: 'cn-hangzhou', 'IpsecServerId.21': demoServerIds.busy});
	t.is(answer.body.Code, 'InvalidParameter');
});

test('ListIpsecServers refuses a made-up NextToken and one reused with other filters', async t => {
	t.is((await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai', NextToken: 'abc'})).body.Code, 'InvalidParameter');
	const first = await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai'});
	const other = await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai', IpsecServerName: 'sh-office-0001', NextToken: first.body.NextToken as string});
	t.is(other.body.Code, 'InvalidParameter');
});

test('DescribeVpnGateways pages with PageNumber and PageSize and refuses PageSize 51', async t => {
	const page = await call(t, 'DescribeVpnGateways', {RegionId: 'cn-shanghai', PageNumber: '3', PageSize: '20'});
	t.like(page.body, {TotalCount: 45, PageNumber: 3, PageSize: 20});
	t.is(page.body.VpnGateways.VpnGateway.length, 5);
	t.is((await call(t, 'DescribeVpnGateways', {RegionId: 'cn-shanghai', PageSize: '51'})).body.Code, 'InvalidParameter');
});

test('DescribeVpnGateways filters by BusinessStatus and VpcId', async t => {
	const locked = await call(t, 'DescribeVpnGateways', {RegionId: 'cn-hangzhou', BusinessStatus: 'FinancialLocked'});
	t.deepEqual(locked.body.VpnGateways.VpnGateway.map((gateway: {Name: string}) => gateway.Name), ['lab-suspended-vpn']);
	const inHq = await call(t, 'DescribeVpnGateways', {RegionId: 'cn-hangzhou', VpcId: 'vpc-bp1k2x7d9m3q5w8e1r4t6'});
	t.is(inHq.body.TotalCount, 3);
});

test('a gateway answers with epoch-ms times, wrappers and system tags as a JSON string', async t => {
	const answer = await call(t, 'DescribeVpnGateway', {RegionId: 'cn-hangzhou', VpnGatewayId: 'vpn-bp1a7f3k9d2m5x8c1v4b6'});
	t.like(answer.body, {CreateTime: 1_614_672_891_000, ChargeType: 'Prepay', Tags: {Tag: []}, EniInstanceIds: {EniInstanceId: []}});
	t.is(typeof JSON.parse(answer.body.Tag as string), 'object');
});

test('not-found answers for gateways, VPCs and regions', async t => {
	const gateway = await call(t, 'DescribeVpnGateway', {RegionId: 'cn-shanghai', VpnGatewayId: 'vpn-bp1a7f3k9d2m5x8c1v4b6'});
	t.like(gateway, {status: 404, body: {Code: 'InvalidVpnGatewayInstanceId.NotFound'}});
	const vpc = await call(t, 'DescribeVpcAttribute', {RegionId: 'cn-hangzhou', VpcId: 'vpc-bp1nothere0000000000000'});
	t.like(vpc, {status: 404, body: {Code: 'InvalidVpcId.NotFound'}});
	const region = await call(t, 'ListIpsecServers', {RegionId: 'mars-north-1'});
	t.like(region, {status: 404, body: {Code: 'InvalidRegionId.NotFound'}});
	const missing = await call(t, 'ListIpsecServers', {});
	t.like(missing, {status: 400, body: {Code: 'MissingParameter'}});
});

test('DescribeRegions answers in Chinese by default', async t => {
	const answer = await call(t, 'DescribeRegions', {});
	t.is(answer.body.Regions.Region[0].LocalName, '华东1（杭州）');
});

test('the seed is deterministic: the same size gives the same IDs', async t => {
	const other = await startSandbox({largeRegionServers: 45});
	t.teardown(async () => other.close());
	const mine = await call(t, 'ListIpsecServers', {RegionId: 'cn-shanghai', MaxResults: '20'});
	const theirs = await acs3Request(other, {action: 'ListIpsecServers', query: {RegionId: 'cn-shanghai', MaxResults: '20'}});
	t.deepEqual(theirs.body.IpsecServers, mine.body.IpsecServers);
	t.regex(mine.body.IpsecServers[0].IpsecServerId as string, /^iss-uf6[a-z\d]{18}$/);
});
