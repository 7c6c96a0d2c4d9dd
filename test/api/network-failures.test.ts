// Which network failure it was, said precisely: no answer within the read timeout (and the read
// timeout is the one that counts), a connection reset, a refusal. Each is one sentence saying what
// to do, proven through the real SDK against loopback servers.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import test, {type ExecutionContext} from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {networkError} from '../../source/api/network-error.js';
import {fatalNetworkCodes, retryableNetworkCodes} from '../../source/api/retryable.js';
import {createVpcClient, type VpcClientOptions} from '../../source/api/vpc-client.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const serve = async (t: ExecutionContext, handler: Handler, options: Partial<VpcClientOptions> = {}) => {
	const server = createServer(handler);
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
		retry: {maxAttempts: 1},
		...options,
	});
	return {api, host: `127.0.0.1:${port}`};
};

test('a service that never answers: "no answer within" the read timeout, after the read timeout (not the connect timeout)', async t => {
	const {api, host} = await serve(t, () => undefined, {connectTimeoutMs: 300, readTimeoutMs: 1200});
	const started = Date.now();
	const error = await t.throwsAsync(api.describeRegions(), {instanceOf: ApiError});
	const waited = Date.now() - started;
	t.like(error, {kind: 'network', code: 'Timeout', retryable: true});
	t.is(error.message, `No answer came from ${host} within 1.2 s; the network or the service may be slow, try again.`);
	t.true(waited >= 1100, `waited the read timeout, not the 300 ms connect timeout (waited ${waited} ms)`);
});

test('a connection the service resets: "the connection was reset"', async t => {
	const {api, host} = await serve(t, request => {
		request.socket.resetAndDestroy();
	});
	const error = await t.throwsAsync(api.describeRegions(), {instanceOf: ApiError});
	t.like(error, {kind: 'network', code: 'ECONNRESET', retryable: true});
	t.is(error.message, `The connection to ${host} was reset before an answer arrived; check your network (and any proxy in between), then try again.`);
});

test('a connection closed in the middle of the answer is a reset too', async t => {
	const {api} = await serve(t, (_request, response) => {
		response.writeHead(200, {'content-type': 'application/json', 'content-length': '500'});
		response.write('{"RequestId":"R","Ipsec');
		setImmediate(() => response.destroy());
	});
	const error = await t.throwsAsync(api.listIpsecServers({regionId: 'cn-hangzhou'}), {instanceOf: ApiError});
	t.is(error.kind, 'network');
	t.regex(error.message, /was reset before an answer arrived/);
});

test('a refused connection: "refused"', async t => {
	const api = createVpcClient({endpoint: '127.0.0.1:1', credential: {accessKeyId: 'FAKETESTKEY00000001', accessKeySecret: 'x'}, sleep: async () => undefined});
	const error = await t.throwsAsync(api.describeRegions(), {instanceOf: ApiError});
	t.like(error, {kind: 'network', code: 'ECONNREFUSED', retryable: false});
	t.is(error.message, 'The connection to 127.0.0.1:1 was refused; check --endpoint and that the service is running.');
});

test('every network sentence is one sentence that says what to do', t => {
	const codes = ['Timeout', 'ConnectTimeout', 'ConnectionReset', 'SomethingNew', ...retryableNetworkCodes, ...fatalNetworkCodes];
	for (const code of codes) {
		for (const host of ['vpc.example.com', undefined]) {
			const {message} = networkError({action: 'ListIpsecServers', code, host, timeoutMs: 15_000});
			t.regex(message, /^[A-Z\d].*; .*(try again|check|set)[^;]*\.$/, `${code}: ${message}`);
			t.notRegex(message, /[.!?] [A-Z]/, `${code}: only one sentence`);
		}
	}
});
