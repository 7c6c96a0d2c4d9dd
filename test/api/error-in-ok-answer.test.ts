// A 200 answer that carries Code and Message and none of the action's fields (a gateway or proxy
// that reports errors that way) is an error with that code and RequestId, for every action;
// never an empty list or a success.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import test, {type ExecutionContext} from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {createVpcClient} from '../../source/api/vpc-client.js';
import type {VpcApi} from '../../source/api/vpc-api.js';
import {loadServer} from '../../source/ui/flow/load-server-context.js';
import {apiListIpsecServers} from './fixtures.js';

const serve = async (t: ExecutionContext, body: () => Record<string, unknown>) => {
	let calls = 0;
	const server = createServer((_request, response) => {
		calls++;
		response.writeHead(200, {'content-type': 'application/json'});
		response.end(JSON.stringify(body()));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(async () => new Promise<void>(resolve => {
		server.closeAllConnections();
		server.close(() => resolve());
	}));
	const {port} = server.address() as AddressInfo;
	const api = createVpcClient({
		endpoint: `127.0.0.1:${port}`,
		credential: {accessKeyId: 'FAKETESTKEY00000001', accessKeySecret: 'loopback-secret'},
		regionId: 'cn-hangzhou',
		sleep: async () => undefined,
	});
	return {api, calls: () => calls};
};

const refusal = () => ({RequestId: 'RID-200-ERROR', Code: 'Forbidden.RAM', Message: 'User not authorized to operate on the specified resource.'});

const actions: Array<[string, (api: VpcApi) => Promise<unknown>]> = [
	['ListIpsecServers', async api => api.listIpsecServers({regionId: 'cn-hangzhou'})],
	['ListIpsecServers (all pages)', async api => api.listAllIpsecServers({regionId: 'cn-hangzhou'})],
	['ListIpsecServers (one server)', async api => api.getIpsecServer('cn-hangzhou', 'iss-1')],
	['DescribeVpnGateway', async api => api.describeVpnGateway('cn-hangzhou', 'vpn-1')],
	['DescribeVpnGateways', async api => api.describeVpnGateways({regionId: 'cn-hangzhou'})],
	['DescribeVpcAttribute', async api => api.describeVpcAttribute('cn-hangzhou', 'vpc-1')],
	['DescribeRegions', async api => api.describeRegions()],
	['UpdateIpsecServer', async api => api.updateIpsecServer({regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', vpnGatewayId: 'vpn-1', clientToken: 't-1', params: {ipsecServerName: 'x'}, synchronous: true})],
	['UpdateIpsecServer (DryRun)', async api => api.updateIpsecServer({regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', vpnGatewayId: 'vpn-1', clientToken: 't-1', params: {ipsecServerName: 'x'}, synchronous: true}, {dryRun: true})],
];

for (const [name, call] of actions) {
	test(`${name}: a 200 answer with only Code and Message is that error, with its RequestId`, async t => {
		const {api} = await serve(t, refusal);
		const error = await t.throwsAsync(call(api), {instanceOf: ApiError});
		t.like(error, {kind: 'service', code: 'Forbidden.RAM', requestId: 'RID-200-ERROR', retryable: false});
		t.is(error.message, 'User not authorized to operate on the specified resource.');
	});
}

test('the wizard says the service refused, not "There is no IPsec server"', async t => {
	const {api} = await serve(t, refusal);
	const error = await t.throwsAsync(loadServer(api, 'cn-hangzhou', 'iss-1'), {instanceOf: ApiError});
	t.notRegex(error.message, /There is no IPsec server/);
	t.is(error.describe(), 'User not authorized to operate on the specified resource. (Forbidden.RAM, RequestId RID-200-ERROR)');
});

test('a throttling code in a 200 answer is retried like any throttling', async t => {
	let answers = 0;
	const {api, calls} = await serve(t, () =>
		answers++ === 0 ? {RequestId: 'RID-T', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.'} : apiListIpsecServers(),
	);
	const page = await api.listIpsecServers({regionId: 'cn-hangzhou'});
	t.is(page.servers.length, 1);
	t.is(calls(), 2);
});

test('an answer with the action\'s fields is read as usual, even with a Code beside them', async t => {
	const {api} = await serve(t, () => ({...apiListIpsecServers(), Code: '200', Message: 'successful'}));
	const page = await api.listIpsecServers({regionId: 'cn-hangzhou'});
	t.is(page.servers.length, 1);
});
