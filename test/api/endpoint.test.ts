import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {centralEndpoint, endpointFor, parseEndpoint, regionalEndpoint} from '../../source/api/endpoint.js';

test('a region gets vpc.<region>.aliyuncs.com over https', t => {
	t.deepEqual(regionalEndpoint('cn-shanghai'), {host: 'vpc.cn-shanghai.aliyuncs.com', protocol: 'https'});
	t.deepEqual(endpointFor(undefined, 'cn-shanghai'), regionalEndpoint('cn-shanghai'));
});

test('without a region the central endpoint answers', t => {
	t.deepEqual(endpointFor(undefined, undefined), centralEndpoint);
	t.is(centralEndpoint.host, 'vpc.aliyuncs.com');
});

test('an --endpoint override wins over the region', t => {
	const override = parseEndpoint('127.0.0.1:8080');
	t.deepEqual(endpointFor(override, 'cn-shanghai'), override);
});

const cases: Array<[string, string, 'http' | 'https']> = [
	['vpc.cn-hangzhou.aliyuncs.com', 'vpc.cn-hangzhou.aliyuncs.com', 'https'],
	['vpc-proxy.example.com:8443', 'vpc-proxy.example.com:8443', 'https'],
	['example.com:80', 'example.com:80', 'https'],
	['127.0.0.1:18080', '127.0.0.1:18080', 'http'],
	['localhost:3000', 'localhost:3000', 'http'],
	['[::1]:9000', '[::1]:9000', 'http'],
	['http://vpc.example.com', 'vpc.example.com', 'http'],
	['http://vpc.example.com:80', 'vpc.example.com:80', 'http'],
	['https://127.0.0.1:18443', '127.0.0.1:18443', 'https'],
	['HTTPS://Vpc.Example.com/', 'vpc.example.com', 'https'],
	['  127.0.0.1:1  ', '127.0.0.1:1', 'http'],
];

for (const [input, host, protocol] of cases) {
	test(`--endpoint ${JSON.stringify(input)} → ${protocol}://${host}`, t => {
		t.deepEqual(parseEndpoint(input), {host, protocol});
	});
}

for (const input of ['ftp://example.com', 'http://', 'example.com/path', 'http://example.com/?q=1', 'user:pw@example.com', 'example.com:99999', '']) {
	test(`--endpoint ${JSON.stringify(input)} is refused with one sentence`, t => {
		const error = t.throws(() => parseEndpoint(input), {instanceOf: ApiError});
		t.regex(error.message, /^The endpoint ".*" .+; give host\[:port\] or http\(s\):\/\/host\[:port\]\.$/);
	});
}

test('a password typed into --endpoint is not repeated in the message', t => {
	const error = t.throws(() => parseEndpoint('https://admin:hunter2@vpc.example.com'), {instanceOf: ApiError});
	t.false(error.message.includes('hunter2'));
	t.regex(error.message, /user name or password/);
});
