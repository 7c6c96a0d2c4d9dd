// The one place that knows the shapes the SDK throws; everything else sees ApiError only.
//   - ResponseError (tea): an error envelope, `code`, `statusCode`, `data` = body + statusCode
//   - SyntaxError: the body was not JSON (HTML from a proxy, truncated JSON), whatever the status
//   - Error('The value is not a object'): JSON that is not an object
//   - Node socket errors (`code` ECONNRESET…, 'socket hang up') and httpx's RequestTimeoutError
//   - InvalidCredentials / "unable to get credentials…": no usable credentials at call time
import {ApiError} from './api-error.js';
import {credentialsMissingError} from './credentials-error.js';
import {malformedError, unexpectedError} from './malformed-error.js';
import {networkError} from './network-error.js';
import {serviceError} from './service-error.js';

export type ErrorContext = {
	/** `host[:port]` the call went to, for network messages. */
	host?: string;
	readTimeoutMs?: number;
	/** The limit on making the connection (see sdk-transport.ts: idleTimeoutMs). */
	connectTimeoutMs?: number;
	/** Values that must never appear in the error (the PSK being sent). */
	secrets?: readonly string[];
};

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const numberOf = (value: unknown): number | undefined =>
	typeof value === 'number' && Number.isInteger(value) ? value : undefined;

const fromEnvelope = (error: Fields, action: string, context: ErrorContext): ApiError | undefined => {
	const data = error['data'];
	const httpStatus = numberOf(error['statusCode']) ?? (isObject(data) ? numberOf(data['statusCode']) : undefined);
	if (!isObject(data) || httpStatus === undefined) {
		return undefined;
	}

	return serviceError({
		action,
		code: stringOf(data['Code']) ?? stringOf(data['code']) ?? stringOf(error['code']),
		httpStatus,
		requestId: stringOf(data['RequestId']) ?? stringOf(data['requestId']),
		serviceMessage: stringOf(data['Message']) ?? stringOf(data['message']),
		secrets: context.secrets,
	});
};

const networkCodeOf = (error: Fields): string | undefined => {
	const name = stringOf(error['name']);
	const message = stringOf(error['message']) ?? '';
	// httpx names both of its timers RequestTimeoutError; its "ConnectTimeout" is the socket's idle
	// limit, which sdk-transport.ts sets so that it only runs out before the connection is made.
	if (name === 'RequestTimeoutError' && /^ConnectTimeout/.test(message)) {
		return 'ConnectTimeout';
	}

	if (name === 'RequestTimeoutError' || /timeout/i.test(message)) {
		return 'Timeout';
	}

	const code = stringOf(error['code']);
	if (code && /^(E[A-Z_]+|UND_ERR_\w+|CERT_\w+|\w+_CERT\w*|ERR_TLS_\w+)$/.test(code)) {
		return code;
	}

	return /socket hang up|aborted/i.test(message) ? 'ConnectionReset' : undefined;
};

export const toApiError = (error: unknown, action: string, context: ErrorContext = {}): ApiError => {
	if (error instanceof ApiError) {
		return error;
	}

	if (!isObject(error)) {
		return unexpectedError(action);
	}

	const envelope = fromEnvelope(error, action, context);
	if (envelope) {
		return envelope;
	}

	const name = stringOf(error['name']);
	const message = stringOf(error['message']) ?? '';
	if (name === 'SyntaxError') {
		return malformedError(action, 'the body is not JSON (perhaps an HTML page from a proxy, or a cut-off answer)');
	}

	if (/not a object/.test(message)) {
		return malformedError(action, 'the body is JSON but not an object');
	}

	if (error['code'] === 'InvalidCredentials' || /unable to get credentials/i.test(message)) {
		return credentialsMissingError();
	}

	const networkCode = networkCodeOf(error);
	if (networkCode) {
		const timeoutMs = networkCode === 'ConnectTimeout' ? context.connectTimeoutMs : context.readTimeoutMs;
		return networkError({action, code: networkCode, host: context.host, timeoutMs});
	}

	return unexpectedError(action);
};
