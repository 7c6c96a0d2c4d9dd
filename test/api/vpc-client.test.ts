import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import type {ApiQuery} from '../../source/api/request-query.js';
import type {Transport} from '../../source/api/sdk-transport.js';
import {createVpcClient, type VpcClientOptions} from '../../source/api/vpc-client.js';
import type {RetryEvent} from '../../source/api/vpc-api.js';
import type {UpdatePlan} from '../../source/domain/model.js';
import {apiIpsecServer, apiRegions} from './fixtures.js';

type Sent = {action: string; query: ApiQuery; host: string; protocol: string};

/** A transport that records what would go on the wire and answers from a script. */
const scripted = (answer: (sent: Sent, index: number) => unknown) => {
	const sent: Sent[] = [];
	const transport: Transport = async ({action, query, endpoint}) => {
		const call = {action, query, host: endpoint.host, protocol: endpoint.protocol};
		sent.push(call);
		const result = answer(call, sent.length - 1);
		if (result instanceof Error) {
			throw result;
		}

		return result;
	};

	return {sent, transport};
};

const client = (transport: Transport, extra: Partial<VpcClientOptions> = {}) =>
	createVpcClient({
		regionId: 'cn-hangzhou',
		credential: {accessKeyId: 'AKIDTEST00000001', accessKeySecret: 'not-used'},
		transport,
		sleep: async () => undefined,
		random: () => 0.5,
		...extra,
	});

const plan = (params: UpdatePlan['params']): UpdatePlan => ({
	regionId: 'cn-shanghai',
	ipsecServerId: 'iss-1',
	vpnGatewayId: 'vpn-1',
	clientToken: 'token-0001',
	params,
	synchronous: false,
});

const envelope = (status: number, Code: string) =>
	Object.assign(new Error(`${Code}: code: ${status}`), {code: Code, statusCode: status, data: {RequestId: `RID-${Code}`, Code, Message: 'm', statusCode: status}});

test('ListIpsecServers sends the filters as the API spells them and clamps MaxResults', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R', IpsecServers: []}));
	const api = client(transport);
	await api.listIpsecServers({regionId: 'cn-shanghai', vpnGatewayId: 'vpn-1', ipsecServerIds: ['iss-1', 'iss-2'], ipsecServerName: 'office', maxResults: 99});
	await api.listIpsecServers({regionId: 'cn-shanghai', maxResults: 0, nextToken: 'T2'});
	t.deepEqual(sent[0], {
		action: 'ListIpsecServers',
		query: {RegionId: 'cn-shanghai', VpnGatewayId: 'vpn-1', IpsecServerId: ['iss-1', 'iss-2'], IpsecServerName: 'office', MaxResults: '20'},
		host: 'vpc.cn-shanghai.aliyuncs.com',
		protocol: 'https',
	});
	t.deepEqual(sent[1]?.query, {RegionId: 'cn-shanghai', MaxResults: '1', NextToken: 'T2'});
});

test('more than 20 IpsecServerId values are refused before anything is sent', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R'}));
	const ids = Array.from({length: 21}, (_, index) => `iss-${index}`);
	const error = await t.throwsAsync(client(transport).listIpsecServers({regionId: 'cn-hangzhou', ipsecServerIds: ids}), {instanceOf: ApiError});
	t.regex(error.message, /at most 20 IpsecServerId values/);
	t.is(sent.length, 0);
});

test('getIpsecServer asks by IpsecServerId.1 and says "not found" as an absent server', async t => {
	const {sent, transport} = scripted((_, index) => ({RequestId: `R${index}`, IpsecServers: index === 0 ? [apiIpsecServer()] : []}));
	const api = client(transport);
	const found = await api.getIpsecServer('cn-hangzhou', 'iss-bp1bo3xuvcxo7ixll****');
	const missing = await api.getIpsecServer('cn-hangzhou', 'iss-gone');
	t.is(found.server?.ipsecServerName, 'test');
	t.deepEqual(missing, {requestId: 'R1'});
	t.deepEqual(sent[0]?.query['IpsecServerId'], ['iss-bp1bo3xuvcxo7ixll****']);
});

test('listAllIpsecServers follows NextToken to the last page', async t => {
	const {sent, transport} = scripted((_, index) => ({
		RequestId: `R${index}`,
		IpsecServers: [{...apiIpsecServer(), IpsecServerId: `iss-${index}`}],
		...(index < 2 ? {NextToken: `T${index + 1}`} : {}),
	}));
	const servers = await client(transport).listAllIpsecServers({regionId: 'cn-shanghai'});
	t.deepEqual(servers.map(server => server.ipsecServerId), ['iss-0', 'iss-1', 'iss-2']);
	t.deepEqual(sent.map(call => call.query['NextToken']), [undefined, 'T1', 'T2']);
	t.true(sent.every(call => call.query['MaxResults'] === '20'));
});

test('a NextToken that comes back twice stops the listing with a malformed error', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R', IpsecServers: [], NextToken: 'SAME'}));
	const error = await t.throwsAsync(client(transport).listAllIpsecServers({regionId: 'cn-shanghai'}), {instanceOf: ApiError});
	t.is(error.kind, 'malformed');
	t.regex(error.message, /NextToken "SAME" came back twice/);
	t.is(sent.length, 2);
});

test('listAllIpsecServers follows at most maxPages pages', async t => {
	const {sent, transport} = scripted((_, index) => ({RequestId: 'R', IpsecServers: [], NextToken: `T${index}`}));
	const error = await t.throwsAsync(client(transport, {maxPages: 5}).listAllIpsecServers({regionId: 'cn-shanghai'}), {instanceOf: ApiError});
	t.regex(error.message, /did not end after 5 pages/);
	t.is(sent.length, 5);
});

test('UpdateIpsecServer sends only what the plan changes, configs as JSON strings, booleans as text', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R-UPD'}));
	const result = await client(transport).updateIpsecServer(
		plan({
			localSubnet: ['192.168.1.0/24', '192.168.2.0/24'],
			effectImmediately: true,
			pskEnabled: true,
			ikeConfig: {ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 28_800, localId: '', remoteId: 'peer.example.com'},
			ipsecConfig: {ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group2', ipsecLifetime: 3600},
		}),
	);
	t.deepEqual(result, {requestId: 'R-UPD', dryRun: false});
	t.deepEqual(sent[0]?.query, {
		RegionId: 'cn-shanghai',
		IpsecServerId: 'iss-1',
		LocalSubnet: '192.168.1.0/24,192.168.2.0/24',
		EffectImmediately: 'true',
		IkeConfig: '{"IkeVersion":"ikev2","IkeMode":"main","IkeEncAlg":"aes256","IkeAuthAlg":"sha256","IkePfs":"group14","IkeLifetime":28800,"LocalId":"","RemoteId":"peer.example.com"}',
		IpsecConfig: '{"IpsecEncAlg":"aes","IpsecAuthAlg":"sha1","IpsecPfs":"group2","IpsecLifetime":3600}',
		PskEnabled: 'true',
		ClientToken: 'token-0001',
	});
	t.is(sent[0]?.host, 'vpc.cn-shanghai.aliyuncs.com');
});

test('a name-only change sends just the name (and the token)', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R'}));
	await client(transport).updateIpsecServer({...plan({ipsecServerName: 'office-2'}), synchronous: true});
	t.deepEqual(sent[0]?.query, {RegionId: 'cn-shanghai', IpsecServerId: 'iss-1', IpsecServerName: 'office-2', ClientToken: 'token-0001'});
});

test('a DryRun the service passes (DryRunOperation) resolves with dryRun: true', async t => {
	const {sent, transport} = scripted(() => envelope(400, 'DryRunOperation'));
	const result = await client(transport).updateIpsecServer(plan({clientIpPool: '10.9.0.0/24'}), {dryRun: true});
	t.deepEqual(result, {requestId: 'RID-DryRunOperation', dryRun: true});
	t.is(sent[0]?.query['DryRun'], 'true');
	t.is(sent.length, 1);
});

test('a DryRun the service fails rejects with the precheck error', async t => {
	const {transport} = scripted(() => envelope(400, 'InvalidClientIpPool.Conflict'));
	const error = await t.throwsAsync(client(transport).updateIpsecServer(plan({clientIpPool: '192.168.0.0/24'}), {dryRun: true}), {instanceOf: ApiError});
	t.is(error.code, 'InvalidClientIpPool.Conflict');
	t.regex(error.message, /overlaps other resources/);
});

test('a retried update carries the same ClientToken every time, and each retry is reported', async t => {
	const answers = [envelope(503, 'ServiceUnavailable'), Object.assign(new Error('socket hang up'), {code: 'ECONNRESET'}), {RequestId: 'R-OK'}];
	const {sent, transport} = scripted((_, index) => answers[index]);
	const events: RetryEvent[] = [];
	const result = await client(transport, {onRetry: event => events.push(event)}).updateIpsecServer(plan({psk: 'new-psk-value'}));
	t.deepEqual(result, {requestId: 'R-OK', dryRun: false});
	t.deepEqual(sent.map(call => call.query['ClientToken']), ['token-0001', 'token-0001', 'token-0001']);
	t.deepEqual(
		events.map(event => [event.action, event.attempt, event.maxAttempts, event.code]),
		[
			['UpdateIpsecServer', 1, 5, 'ServiceUnavailable'],
			['UpdateIpsecServer', 2, 5, 'ECONNRESET'],
		],
	);
});

test('an update without a ClientToken is never retried (a retry could apply it twice)', async t => {
	const {sent, transport} = scripted(() => envelope(503, 'ServiceUnavailable'));
	const error = await t.throwsAsync(client(transport).updateIpsecServer({...plan({psk: 'x'}), clientToken: ''}), {instanceOf: ApiError});
	t.is(error.code, 'ServiceUnavailable');
	t.is(sent.length, 1);
	t.false('ClientToken' in (sent[0]?.query ?? {}));
});

test('a malformed answer is not retried', async t => {
	const {sent, transport} = scripted(() => ({RequestId: 'R', Regions: 'nope'}));
	const error = await t.throwsAsync(client(transport).describeRegions(), {instanceOf: ApiError});
	t.is(error.kind, 'malformed');
	t.is(sent.length, 1);
});

test('DescribeRegions sends no RegionId and uses the central endpoint when no region is known', async t => {
	const {sent, transport} = scripted(() => apiRegions());
	const {regions} = await client(transport, {regionId: undefined}).describeRegions();
	t.is(regions.length, 2);
	t.false('RegionId' in (sent[0]?.query ?? {}));
	t.is(sent[0]?.host, 'vpc.aliyuncs.com');
});

test('an --endpoint override serves every region', async t => {
	const {sent, transport} = scripted(() => apiRegions());
	await client(transport, {endpoint: '127.0.0.1:18080'}).describeRegions();
	t.deepEqual([sent[0]?.host, sent[0]?.protocol], ['127.0.0.1:18080', 'http']);
});

test('the gateway, gateway list and VPC calls send their IDs', async t => {
	const {sent, transport} = scripted(() => new Error('socket hang up'));
	const api = client(transport, {retry: {maxAttempts: 1}});
	await t.throwsAsync(api.describeVpnGateway('cn-shanghai', 'vpn-1'));
	await t.throwsAsync(api.describeVpnGateways({regionId: 'cn-shanghai', vpcId: 'vpc-1', pageSize: 80}));
	await t.throwsAsync(api.describeVpcAttribute('cn-shanghai', 'vpc-1'));
	t.deepEqual(
		sent.map(call => [call.action, call.query]),
		[
			['DescribeVpnGateway', {RegionId: 'cn-shanghai', VpnGatewayId: 'vpn-1'}],
			['DescribeVpnGateways', {RegionId: 'cn-shanghai', VpcId: 'vpc-1', PageNumber: '1', PageSize: '50'}],
			['DescribeVpcAttribute', {RegionId: 'cn-shanghai', VpcId: 'vpc-1'}],
		],
	);
});
