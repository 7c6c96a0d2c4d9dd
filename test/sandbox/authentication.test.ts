// Hand-built requests: what the service says to wrong keys, signatures, dates and nonces, and
// that GET and form bodies are accepted.
import anyTest, {type ExecutionContext, type TestFn} from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {Sandbox} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {acs3Request, newNonce, send, v1Request, type RawAnswer} from './support/raw-request.js';

const test = anyTest as TestFn<{sandbox: Sandbox}>;

test.before(async t => {
	t.context.sandbox = await startSandbox();
});

test.after.always(async t => {
	await t.context.sandbox.close();
});

const listQuery = {RegionId: 'cn-hangzhou', MaxResults: '5'};
const schemes = [{label: 'ACS3', request: acs3Request}, {label: 'V1', request: v1Request}];

function assertError(t: ExecutionContext<{sandbox: Sandbox}>, answer: RawAnswer, status: number, code: string) {
	t.is(answer.status, status);
	t.is(answer.body.Code, code);
	t.regex(answer.body.RequestId as string, /^[\dA-F-]{36}$/);
	t.is(answer.body.HostId, t.context.sandbox.endpoint);
	t.is(typeof answer.body.Message, 'string');
	t.regex(answer.body.Recommend as string, new RegExp(`q=${code.replace('.', '\\.')}`));
	t.is(String(answer.headers['content-type']).startsWith('application/json'), true);
}

for (const {label, request} of schemes) {
	test(`${label}: a correctly signed request is answered`, async t => {
		const answer = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery});
		t.is(answer.status, 200);
		t.is(answer.body.MaxResults, 5);
	});

	test(`${label}: an unknown AccessKey is 404 InvalidAccessKeyId.NotFound`, async t => {
		const answer = await request(t.context.sandbox, {
			action: 'ListIpsecServers', query: listQuery, credentials: {accessKeyId: 'SANDBOXXX0000000000000009', accessKeySecret: 'whatever'},
		});
		assertError(t, answer, 404, 'InvalidAccessKeyId.NotFound');
	});

	test(`${label}: a wrong signature is 400 SignatureDoesNotMatch`, async t => {
		const answer = await request(t.context.sandbox, {
			action: 'ListIpsecServers', query: listQuery,
			credentials: {accessKeyId: t.context.sandbox.credentials.accessKeyId, accessKeySecret: 'not-the-secret'},
		});
		assertError(t, answer, 400, 'SignatureDoesNotMatch');
		t.false(JSON.stringify(answer.body).includes(t.context.sandbox.credentials.accessKeySecret));
	});

	test(`${label}: a date 16 minutes off is InvalidTimeStamp.Expired`, async t => {
		for (const offset of [-16, 16]) {
			const answer = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, date: new Date(Date.now() + offset * 60_000)});
			assertError(t, answer, 400, 'InvalidTimeStamp.Expired');
		}
	});

	test(`${label}: a date 14 minutes off is still accepted`, async t => {
		const answer = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, date: new Date(Date.now() - 14 * 60_000)});
		t.is(answer.status, 200);
	});

	test(`${label}: a reused nonce is SignatureNonceUsed`, async t => {
		const nonce = newNonce();
		const first = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, nonce});
		t.is(first.status, 200);
		const second = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, nonce});
		assertError(t, second, 400, 'SignatureNonceUsed');
	});

	test(`${label}: the read-only key may read but gets 403 Forbidden on UpdateIpsecServer`, async t => {
		const credentials = t.context.sandbox.readOnlyCredentials;
		const read = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, credentials});
		t.is(read.status, 200);
		const write = await request(t.context.sandbox, {
			action: 'UpdateIpsecServer', credentials, query: {RegionId: 'cn-hangzhou', IpsecServerId: demoServerIds.modern, IpsecServerName: 'renamed'},
		});
		assertError(t, write, 403, 'Forbidden');
		t.is(t.context.sandbox.inspect.server(demoServerIds.modern)!.ipsecServerName, 'platform-admins');
	});

	test(`${label}: an unknown action is InvalidAction.NotFound`, async t => {
		const answer = await request(t.context.sandbox, {action: 'DeleteVpc', query: listQuery});
		assertError(t, answer, 404, 'InvalidAction.NotFound');
	});

	test(`${label}: another API version is InvalidVersion`, async t => {
		const answer = await request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, version: '2014-05-26'});
		assertError(t, answer, 400, 'InvalidVersion');
	});

	test(`${label}: GET is accepted`, async t => {
		const answer = await request(t.context.sandbox, {action: 'DescribeRegions', method: 'GET'});
		t.is(answer.status, 200);
		t.is(answer.body.Regions.Region.length, 5);
	});

	test(`${label}: parameters in a form body are accepted`, async t => {
		const answer = await request(t.context.sandbox, {action: 'DescribeVpcAttribute', form: {RegionId: 'cn-hangzhou', VpcId: 'vpc-bp1k2x7d9m3q5w8e1r4t6'}});
		t.is(answer.status, 200);
		t.is(answer.body.VpcName, 'hq-core');
	});

	test(`${label}: values with characters the wire leaves unescaped still verify`, async t => {
		const answer = await request(t.context.sandbox, {action: 'ListIpsecServers', query: {RegionId: 'cn-hangzhou', IpsecServerName: "it's (a) *test* ~ ok!"}});
		t.is(answer.status, 200);
		t.is(answer.body.TotalCount, 0);
	});
}

test('ACS3: a garbled Authorization header is IncompleteSignature', async t => {
	const answer = await acs3Request(t.context.sandbox, {action: 'ListIpsecServers', query: listQuery, authorization: 'ACS3-HMAC-SHA256 nonsense'});
	assertError(t, answer, 400, 'IncompleteSignature');
});

test('ACS3: another signature algorithm is IncompleteSignature', async t => {
	const answer = await acs3Request(t.context.sandbox, {
		action: 'ListIpsecServers', query: listQuery,
		authorization: `ACS3-HMAC-SM3 Credential=${t.context.sandbox.credentials.accessKeyId},SignedHeaders=host,Signature=00`,
	});
	assertError(t, answer, 400, 'IncompleteSignature');
});

test('a request without any signature is MissingParameter', async t => {
	const answer = await send(t.context.sandbox, 'POST', '/?Action=ListIpsecServers&Version=2016-04-28&RegionId=cn-hangzhou', {host: t.context.sandbox.endpoint});
	assertError(t, answer, 400, 'MissingParameter');
	t.regex(answer.body.Message as string, /AccessKeyId/);
});

test('a request without an action is MissingParameter', async t => {
	const answer = await send(t.context.sandbox, 'POST', '/?Version=2016-04-28', {host: t.context.sandbox.endpoint});
	assertError(t, answer, 400, 'MissingParameter');
});

test('calls that pass authentication are logged in order; rejected ones are not', async t => {
	const sandbox = await startSandbox();
	t.teardown(async () => sandbox.close());
	t.is(sandbox.inspect.calls().length, 0);
	await acs3Request(sandbox, {action: 'DescribeRegions'});
	await acs3Request(sandbox, {action: 'DescribeRegions', signature: '0'.repeat(64)});
	await v1Request(sandbox, {action: 'DescribeVpnGateway', query: {RegionId: 'cn-hangzhou', VpnGatewayId: 'vpn-nope'}});
	t.deepEqual(sandbox.inspect.calls().map(({action, status, code}) => ({action, status, code})), [
		{action: 'DescribeRegions', status: 200, code: undefined},
		{action: 'DescribeVpnGateway', status: 404, code: 'InvalidVpnGatewayInstanceId.NotFound'},
	]);
});
