import * as tea from '@alicloud/tea-typescript';
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {errorSentences} from '../../source/api/error-sentences.js';
import {toApiError} from '../../source/api/to-api-error.js';

// What openapi-client throws for a 4xx/5xx JSON envelope (vpc-api.md §7.5).
const envelopeError = (status: number, body: Record<string, unknown>) =>
	tea.newError({
		code: `${String(body['Code'])}`,
		message: `code: ${status}, ${String(body['Message'])} request id: ${String(body['RequestId'])}`,
		data: {...body, statusCode: status},
		description: 'undefined',
	});

const systemError = (message: string, code: string) => Object.assign(new Error(message), {code});

test('VpnGateway.Configuring becomes a plain sentence with code, status and RequestId', t => {
	const error = toApiError(
		envelopeError(400, {RequestId: 'RID-1', HostId: 'vpc.aliyuncs.com', Code: 'VpnGateway.Configuring', Message: 'The specified service is configuring.'}),
		'UpdateIpsecServer',
	);
	t.like(error, {kind: 'service', code: 'VpnGateway.Configuring', httpStatus: 400, requestId: 'RID-1', action: 'UpdateIpsecServer', retryable: false});
	t.is(error.message, 'The VPN gateway is still applying an earlier change; wait until it is active and try again.');
	t.is(error.serviceMessage, 'The specified service is configuring.');
	t.is(error.describe(), `${error.message} (VpnGateway.Configuring, RequestId RID-1)`);
});

test('every code of vpc-api.md §3.5/§6 and the UpdateIpsecServer table has a sentence', t => {
	const documented = [
		'Forbidden', 'VpnGateway.Configuring', 'VpnGateway.FinancialLocked', 'IllegalParam.LocalSubnet',
		'InvalidVpnGatewayInstanceId.NotFound', 'VpnGateway.SslVpnDisabled', 'OperationUnsupported.IPsecServer',
		'OperationFailed.IPsecServerExist', 'QuotaExceeded.VpnRouteEntry', 'DryRunOperation', 'Throttling',
		'Throttling.User', 'Throttling.Api', 'Rejected.Throttling', 'ServiceUnavailable', 'InternalError',
		'SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound', 'IncompleteSignature', 'InvalidTimeStamp.Expired',
		'SignatureNonceUsed', 'MissingParameter', 'InvalidParameter', 'InvalidAction.NotFound', 'InvalidVersion',
		'IdempotentParameterMismatch', 'Forbbiden.SubUser', 'OperationUnsupported.IpsecPfs', 'IllegalParam.AuthMethod',
		'IllegalParam.ClientIpPool', 'MissingParam.IDaaSInstanceId', 'OperationFailed.NoRamPermission',
		'OperationFailed.AddVpcRoute', 'ClientIpPool.NetmaskInvalid', 'VpnRouteEntry.Conflict', 'ClientIpPool.SubnetInvalid',
		'InvalidClientIpPool.Conflict', 'SystemBusy', 'InvalidIpsecServerId.NotFound', 'InvalidIDaaSInstanceId.NotFound',
		'OperationConflict',
	];
	for (const code of documented) {
		const sentence = errorSentences[code];
		t.truthy(sentence, code);
		t.regex(sentence ?? '', /^[A-Z].*\.$/, `${code}: a sentence`);
		t.notRegex(sentence ?? '', /[.!?] [A-Z]/, `${code}: only one`);
	}
});

test('an unknown code carries the service Message, made into a sentence', t => {
	const error = toApiError(envelopeError(400, {RequestId: 'R', Code: 'Some.NewCode', Message: 'the thing\nis   broken'}), 'DescribeVpnGateway');
	t.is(error.code, 'Some.NewCode');
	t.is(error.message, 'The thing is broken.');
});

test('a code that happens to name an Object method is still an unknown code', t => {
	const error = toApiError(envelopeError(400, {RequestId: 'R', Code: 'toString', Message: 'odd'}), 'ListIpsecServers');
	t.is(error.message, 'Odd.');
});

test('an unknown code without a Message still gets a sentence naming the action and code', t => {
	const error = toApiError(envelopeError(404, {RequestId: 'R', Code: 'Odd'}), 'DescribeVpcAttribute');
	t.is(error.message, 'The service refused DescribeVpcAttribute with Odd.');
});

test('an envelope without Code is named by its HTTP status', t => {
	const error = toApiError(envelopeError(502, {RequestId: 'R'}), 'ListIpsecServers');
	t.is(error.code, 'HTTP502');
	t.true(error.retryable);
	t.regex(error.message, /HTTP 502.*try again\.$/);
});

const retryableCases: Array<[string, number, boolean]> = [
	['Throttling.User', 400, true],
	['Throttling', 400, true],
	['Throttling.Api', 400, true],
	['Rejected.Throttling', 400, true],
	['Some.Throttling.New', 429, true],
	['ServiceUnavailable', 503, true],
	['SystemBusy', 400, true],
	['InternalError', 500, true],
	['UnknownServerFault', 504, true],
	['VpnGateway.Configuring', 400, false],
	['Forbidden', 403, false],
	['IdempotentParameterMismatch', 400, false],
	['DryRunOperation', 400, false],
];

for (const [code, status, retryable] of retryableCases) {
	test(`${code} (${status}) is ${retryable ? '' : 'not '}retried`, t => {
		t.is(toApiError(envelopeError(status, {RequestId: 'R', Code: code, Message: 'x'}), 'ListIpsecServers').retryable, retryable);
	});
}

test('the PSK being sent never appears in an error, even when the service echoes it', t => {
	const error = toApiError(
		envelopeError(400, {RequestId: 'R', Code: 'InvalidParameter.Psk', Message: 'The Psk hunter2-secret is invalid.'}),
		'UpdateIpsecServer',
		{secrets: ['hunter2-secret']},
	);
	t.false(error.message.includes('hunter2-secret'));
	t.false(error.serviceMessage?.includes('hunter2-secret'));
	t.is(error.message, 'The Psk **** is invalid.');
});

test('the string to sign a V1 SignatureDoesNotMatch echoes (with every parameter) is not kept', t => {
	const error = toApiError(
		envelopeError(400, {
			RequestId: 'R',
			Code: 'SignatureDoesNotMatch',
			Message: 'Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DX%26Psk%3Dp%2540ss%2520word',
		}),
		'UpdateIpsecServer',
		{secrets: ['p@ss word']},
	);
	t.is(error.serviceMessage, 'Specified signature is not matched with our calculation.');
	t.regex(error.message, /AccessKey secret belongs to this AccessKey ID/);
});

test('a PSK echoed percent-encoded is redacted too', t => {
	const error = toApiError(
		envelopeError(400, {RequestId: 'R', Code: 'Odd', Message: 'Bad value p%40ss%20word and p%2540ss%2520word'}),
		'UpdateIpsecServer',
		{secrets: ['p@ss word']},
	);
	t.is(error.serviceMessage, 'Bad value **** and ****');
});

test('a non-JSON body (HTML from a proxy) is malformed, in one sentence', t => {
	let syntaxError: unknown;
	try {
		JSON.parse('<html><body>502 Bad Gateway</body></html>');
	} catch (error) {
		syntaxError = error;
	}

	const error = toApiError(syntaxError, 'ListIpsecServers');
	t.is(error.kind, 'malformed');
	t.false(error.retryable);
	t.is(
		error.message,
		'ListIpsecServers returned an answer this tool cannot use: the body is not JSON (perhaps an HTML page from a proxy, or a cut-off answer); check --endpoint (or any proxy in between) and try again.',
	);
});

test('JSON that is not an object (tea-util assertAsMap) is malformed', t => {
	t.is(toApiError(new Error('The value is not a object'), 'DescribeRegions').kind, 'malformed');
});

const networkCases: Array<[string, unknown, string, boolean, RegExp]> = [
	['socket hang up', systemError('socket hang up', 'ECONNRESET'), 'ECONNRESET', true, /was reset before an answer arrived/],
	['ECONNRESET', systemError('read ECONNRESET', 'ECONNRESET'), 'ECONNRESET', true, /was reset/],
	['a bare socket hang up', new Error('socket hang up'), 'ConnectionReset', true, /was reset/],
	['ECONNREFUSED', systemError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'), 'ECONNREFUSED', false, /was refused; check --endpoint/],
	['ENOTFOUND', systemError('getaddrinfo ENOTFOUND vpc.nowhere', 'ENOTFOUND'), 'ENOTFOUND', false, /could not be resolved/],
	['httpx read timeout', Object.assign(new Error('ReadTimeout: 15000. POST /?Psk=x failed.'), {name: 'RequestTimeoutError'}), 'Timeout', true, /No answer came from vpc\.example\.com within 15 s/],
	['httpx connect timeout', Object.assign(new Error('ConnectTimeout: Connect https://vpc.example.com/?Psk=x failed.'), {name: 'RequestTimeoutError'}), 'ConnectTimeout', true, /No connection to vpc\.example\.com could be made within 20 s/],
];

for (const [name, raw, code, retryable, pattern] of networkCases) {
	test(`${name} is a network error (${retryable ? 'retried' : 'not retried'})`, t => {
		const error = toApiError(raw, 'UpdateIpsecServer', {host: 'vpc.example.com', readTimeoutMs: 15_000, connectTimeoutMs: 20_000});
		t.like(error, {kind: 'network', code, retryable});
		t.regex(error.message, pattern);
		t.false(error.message.includes('Psk'), 'the request URL is not repeated');
	});
}

test('a credentials failure at call time becomes kind credentials', t => {
	const sdk = tea.newError({code: 'InvalidCredentials', message: 'Please set up the credentials correctly.'});
	t.is(toApiError(sdk, 'DescribeRegions').kind, 'credentials');
	const chain = new Error('unable to get credentials from any of the providers in the chain: …');
	t.is(toApiError(chain, 'DescribeRegions').kind, 'credentials');
});

test('an ApiError passes through unchanged', t => {
	const original = new ApiError({kind: 'network', code: 'X', message: 'Already mapped.', retryable: true});
	t.is(toApiError(original, 'Y'), original);
});

test('anything else becomes one sentence without repeating what was thrown', t => {
	for (const raw of [undefined, null, 'https://x/?Psk=hunter2', 42, new TypeError('https://x/?Psk=hunter2'), {}]) {
		const error = toApiError(raw, 'DescribeVpnGateway');
		t.true(error instanceof ApiError);
		t.false(error.message.includes('hunter2'));
		t.regex(error.message, /^DescribeVpnGateway failed in a way this tool does not recognise; .+\.$/);
	}
});
