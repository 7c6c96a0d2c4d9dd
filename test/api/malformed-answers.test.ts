// A loopback server of our own that answers what no real API should: HTML from a proxy,
// garbage, truncated JSON, wrong shapes, a cut connection. Proves the whole path from socket to
// ApiError, through the real SDK.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import test, {type ExecutionContext} from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {createVpcClient} from '../../source/api/vpc-client.js';
import {apiListIpsecServers} from './fixtures.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const serve = async (t: ExecutionContext, handler: Handler) => {
	const server = createServer(handler);
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(async () => new Promise<void>(resolve => {
		server.closeAllConnections();
		server.close(() => resolve());
	}));
	const {port} = server.address() as AddressInfo;
	let calls = 0;
	server.on('request', () => calls++);
	return {
		api: createVpcClient({
			endpoint: `127.0.0.1:${port}`,
			credential: {accessKeyId: 'FAKETESTKEY00000001', accessKeySecret: 'loopback-secret'},
			regionId: 'cn-hangzhou',
			sleep: async () => undefined,
		}),
		calls: () => calls,
	};
};

const answer = (status: number, contentType: string, body: string | Buffer): Handler => (_request, response) => {
	response.writeHead(status, {'content-type': contentType});
	response.end(body);
};

const malformedCases: Array<[string, Handler, RegExp]> = [
	['an HTML page with 200', answer(200, 'text/html', '<html><body>Please log in to the proxy</body></html>'), /the body is not JSON \(perhaps an HTML page from a proxy/],
	['a proxy error page with 502', answer(502, 'text/html', '<html><h1>502 Bad Gateway</h1></html>'), /the body is not JSON/],
	['random bytes', answer(200, 'application/octet-stream', Buffer.from([0xff, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x80])), /the body is not JSON/],
	['truncated JSON', answer(200, 'application/json', '{"RequestId":"R","IpsecServers":[{"IpsecServerId":'), /the body is not JSON/],
	['an empty body', answer(200, 'application/json', ''), /the body is not JSON/],
	['a JSON array', answer(200, 'application/json', '[1,2,3]'), /the body is JSON but not an object/],
	['a JSON string', answer(200, 'application/json', '"ok"'), /the body is JSON but not an object/],
	['an object of the wrong shape', answer(200, 'application/json', '{"RequestId":"R","IpsecServers":{"IpsecServer":[]}}'), /IpsecServers is not an array/],
];

for (const [name, handler, pattern] of malformedCases) {
	test(`${name} → ApiError malformed, in one sentence, not retried`, async t => {
		const {api, calls} = await serve(t, handler);
		const error = await t.throwsAsync(api.listIpsecServers({regionId: 'cn-hangzhou'}), {instanceOf: ApiError});
		t.is(error.kind, 'malformed');
		t.regex(error.message, pattern);
		t.regex(error.message, /^ListIpsecServers returned an answer this tool cannot use: .+; check --endpoint \(or any proxy in between\) and try again\.$/);
		t.false(error.message.includes('\u001B'));
		t.is(calls(), 1);
	});
}

test('sm4 from a national-standard gateway is named, end to end', async t => {
	const body = apiListIpsecServers();
	(body.IpsecServers[0]!['IpsecConfig'] as Record<string, unknown>)['IpsecEncAlg'] = 'sm4';
	const {api} = await serve(t, answer(200, 'application/json', JSON.stringify(body)));
	const error = await t.throwsAsync(api.listIpsecServers({regionId: 'cn-hangzhou'}), {instanceOf: ApiError});
	t.regex(error.message, /IpsecServers\[0\]\.IpsecConfig\.IpsecEncAlg is "sm4", a value this tool does not know/);
	t.false(error.message.includes('so7suwy-secret-psk'));
});

test('a connection cut in the middle of the body is a network error, retried', async t => {
	const {api, calls} = await serve(t, (_request, response) => {
		response.writeHead(200, {'content-type': 'application/json', 'content-length': '500'});
		response.write('{"RequestId":"R","Ipsec');
		setImmediate(() => response.destroy());
	});
	const error = await t.throwsAsync(api.listIpsecServers({regionId: 'cn-hangzhou'}), {instanceOf: ApiError});
	t.is(error.kind, 'network');
	t.true(error.retryable);
	t.is(calls(), 5);
	t.regex(error.message, /was reset before an answer arrived.*\(gave up after 5 attempts\)\.$/);
});

test('a 503 envelope is retried until the service answers', async t => {
	let count = 0;
	const {api, calls} = await serve(t, (request, response) => {
		count++;
		if (count < 3) {
			answer(503, 'application/json', JSON.stringify({RequestId: `R${count}`, Code: 'ServiceUnavailable', Message: 'busy'}))(request, response);
			return;
		}

		answer(200, 'application/json', JSON.stringify(apiListIpsecServers()))(request, response);
	});
	const page = await api.listIpsecServers({regionId: 'cn-hangzhou'});
	t.is(page.servers.length, 1);
	t.is(calls(), 3);
});

test('a refused connection is a network error, not retried', async t => {
	const closed = createVpcClient({
		endpoint: '127.0.0.1:1',
		credential: {accessKeyId: 'FAKETESTKEY00000001', accessKeySecret: 'loopback-secret'},
		sleep: async () => undefined,
	});
	const error = await t.throwsAsync(closed.describeRegions(), {instanceOf: ApiError});
	t.like(error, {kind: 'network', code: 'ECONNREFUSED', retryable: false});
	t.is(error.message, 'The connection to 127.0.0.1:1 was refused; check --endpoint and that the service is running.');
});
