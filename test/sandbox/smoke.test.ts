import test from 'ava';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {vpcClient, Vpc, openApiClient} from './support/sdk-clients.js';
import OpenApi from '@alicloud/openapi-client';

test('smoke', async t => {
	const sandbox = await startSandbox();
	for (const signatureAlgorithm of [undefined, 'v2'] as const) {
		const client = vpcClient(sandbox, {signatureAlgorithm});
		const list = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'cn-hangzhou'}));
		console.log(list.statusCode, list.body?.totalCount, list.body?.ipsecServers?.[0]?.ikeConfig);
		const gw = await client.describeVpnGateway(new Vpc.DescribeVpnGatewayRequest({regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-bp1a7f3k9d2m5x8c1v4b6'}));
		console.log(gw.body?.status, gw.body?.createTime);
		const r = await client.describeRegions(new Vpc.DescribeRegionsRequest({acceptLanguage: 'en-US'}));
		console.log(r.body?.regions?.region?.length);
		const vpc = await client.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({regionId: 'cn-hangzhou', vpcId: 'vpc-bp1k2x7d9m3q5w8e1r4t6'}));
		console.log(vpc.body?.secondaryCidrBlocks);
		try {
			await client.updateIpsecServer(new Vpc.UpdateIpsecServerRequest({regionId: 'cn-hangzhou', ipsecServerId: 'iss-bp1c5g8j2l4n7p9r1t3v6', dryRun: 'true', ikeConfig: JSON.stringify({IkeVersion: 'ikev2'})}));
		} catch (error: any) {
			console.log(error.code, error.statusCode, error.data);
		}
		const o = openApiClient(sandbox, {signatureAlgorithm});
		const res = await o.callApi(new OpenApi.Params({action: 'ListIpsecServers', version: '2016-04-28', protocol: 'HTTPS', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json'}), new OpenApi.OpenApiRequest({query: {RegionId: 'cn-shanghai', MaxResults: '20'}}), new (await import('@alicloud/tea-util')).default.RuntimeOptions({}));
		console.log(res.statusCode, res.body.TotalCount, res.body.NextToken);
	}
	await sandbox.close();
	t.pass();
});
