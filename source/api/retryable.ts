// Which failures are worth another attempt: throttling, the service's own temporary failures and
// a lost connection. Everything else would fail the same way again.
const temporaryCodes = new Set(['ServiceUnavailable', 'SystemBusy', 'InternalError']);

/** Throttling.User, Throttling.Api, Rejected.Throttling…: the SDKs' own test (vpc-api.md §6). */
export const isThrottlingCode = (code: string): boolean => code.includes('Throttling');

export const isRetryableServiceError = (code: string, httpStatus: number | undefined): boolean =>
	isThrottlingCode(code) || temporaryCodes.has(code) || (httpStatus !== undefined && httpStatus >= 500);

/** Node/socket error codes of a connection that was reset or timed out (worth retrying). */
export const retryableNetworkCodes: ReadonlySet<string> = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
]);

/** Node/socket error codes of a connection that could not be made at all (retrying won't help). */
export const fatalNetworkCodes: ReadonlySet<string> = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENETDOWN',
	'EPROTO',
	'CERT_HAS_EXPIRED',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'ERR_TLS_CERT_ALTNAME_INVALID',
]);
