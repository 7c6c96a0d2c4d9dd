// The generic @alicloud/openapi-client `callApi` works against the sandbox with both signature
// schemes, with parameters in the query (what the wizard sends) and in a form body.
import anyTest, {type TestFn} from 'ava';
import OpenApi from '@alicloud/openapi-client';
import TeaUtil from '@alicloud/tea-util';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {openApiClient} from './support/sdk-clients.js';

const test = anyTest as TestFn<{sandbox: Sandbox}>;

test.before(async t => {
	t.context.sandbox = await startSandbox();
});

test.after.always(async t => {
	await t.context.sandbox.close();
});

function params(action: string) {
	return new OpenApi.Params({
		action, version: '2016-04-28', protocol: 'HTTPS', pathname: '/', method: 'POST',
		authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
	});
}

const runtime = () => new TeaUtil.RuntimeOptions({autoretry: false});

for (const signatureAlgorithm of [undefined, 'v2'] as const) {
	const label = signatureAlgorithm ? 'V1 HMAC-SHA1' : 'ACS3-HMAC-SHA256';

	test(`${label}: callApi with a query gets the raw PascalCase answer`, async t => {
		const client = openApiClient(t.context.sandbox, {signatureAlgorithm});
		const answer = await client.callApi(params('ListIpsecServers'), new OpenApi.OpenApiRequest({
			query: {RegionId: 'cn-hangzhou', 'IpsecServerId.1': demoServerIds.modern, 'IpsecServerId.2': demoServerIds.twoFactor},
		}), runtime());
		t.is(answer.statusCode, 200);
		const body = answer.body as {TotalCount: number; IpsecServers: Array<Record<string, any>>};
		t.is(body.TotalCount, 2);
		t.true(Array.isArray(body.IpsecServers));
		const twoFactor = body.IpsecServers.find(server => server.IpsecServerId === demoServerIds.twoFactor)!;
		t.is(twoFactor.MultiFactorAuthEnabled, true);
		t.is(twoFactor.IDaaSInstanceId, 'idaas-cn-hangzhou-7kx3m9q2w5e');
		t.is(typeof twoFactor.IkeConfig, 'object');
	});

	test(`${label}: callApi with a form body is accepted too`, async t => {
		const client = openApiClient(t.context.sandbox, {signatureAlgorithm});
		const answer = await client.callApi(params('DescribeVpnGateway'), new OpenApi.OpenApiRequest({
			body: {RegionId: 'cn-hangzhou', VpnGatewayId: 'vpn-bp1s3d5f7g9h1j2k4l6z8'},
		}), runtime());
		t.is((answer.body as {Name: string}).Name, 'platform-modern-vpn');
	});

	test(`${label}: callApi errors carry the service code and HTTP status`, async t => {
		const client = openApiClient(t.context.sandbox, {signatureAlgorithm});
		const error = await t.throwsAsync(client.callApi(params('DescribeVpnGateway'), new OpenApi.OpenApiRequest({
			query: {RegionId: 'cn-hangzhou', VpnGatewayId: 'vpn-bp1doesnotexist0000000'},
		}), runtime()));
		t.like(error as object, {code: 'InvalidVpnGatewayInstanceId.NotFound', statusCode: 404});
	});
}
