// Property: whatever text a client puts in a parameter, the official client's signature and the
// sandbox's verification agree (decode, then re-encode — never sign the raw wire text).
import anyTest, {type TestFn} from 'ava';
import fc from 'fast-check';
import OpenApi from '@alicloud/openapi-client';
import TeaUtil from '@alicloud/tea-util';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {openApiClient} from './support/sdk-clients.js';

const test = anyTest as TestFn<{sandbox: Sandbox}>;

test.before(async t => {
	t.context.sandbox = await startSandbox({largeRegionServers: 0});
});

test.after.always(async t => {
	await t.context.sandbox.close();
});

const params = new OpenApi.Params({
	action: 'ListIpsecServers', version: '2016-04-28', protocol: 'HTTPS', pathname: '/', method: 'POST',
	authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
});

for (const signatureAlgorithm of [undefined, 'v2'] as const) {
	test(`${signatureAlgorithm ? 'V1' : 'ACS3'}: any parameter text verifies, in the query and in a form body`, async t => {
		const client = openApiClient(t.context.sandbox, {signatureAlgorithm});
		await fc.assert(fc.asyncProperty(fc.string({unit: 'grapheme', maxLength: 40}), fc.boolean(), async (name, inBody) => {
			const fields = {RegionId: 'cn-hangzhou', IpsecServerName: name};
			const request = new OpenApi.OpenApiRequest(inBody ? {body: fields} : {query: fields});
			const answer = await client.callApi(params, request, new TeaUtil.RuntimeOptions({autoretry: false}));
			return answer.statusCode === 200;
		}), {numRuns: 60});
		t.pass();
	});
}
