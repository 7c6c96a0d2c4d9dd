// A connection that failed, was reset, refused or timed out, as an ApiError saying which. The
// SDK's own error text is not reused: httpx puts the full request URL in it, and that URL carries
// the query (with the PSK for UpdateIpsecServer).
import {ApiError} from './api-error.js';
import {fatalNetworkCodes, retryableNetworkCodes} from './retryable.js';

export type NetworkErrorFacts = {
	action: string;
	/** Node's error code (`ECONNRESET`) or our own (`Timeout`, `ConnectTimeout`, `ConnectionReset`). */
	code: string;
	host?: string;
	/** The limit that ran out: the read timeout for `Timeout`, the connect limit for `ConnectTimeout`. */
	timeoutMs?: number;
};

/** Codes of our own for failures Node gives no code for; all worth another attempt. */
const ownRetryableCodes = new Set(['Timeout', 'ConnectTimeout', 'ConnectionReset']);

/** Codes of a connection that was made and then cut by the other side (or a box in between). */
const resetCodes = new Set(['ECONNRESET', 'ConnectionReset', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/** `15 s`, `1.5 s`: whole seconds from 10 s up, else to a tenth. */
export const formatSeconds = (ms: number): string => {
	const seconds = ms / 1000;
	return `${seconds >= 10 ? Math.round(seconds) : Math.round(seconds * 10) / 10} s`;
};

const sentenceFor = ({code, host, timeoutMs}: NetworkErrorFacts): string => {
	const where = host ?? 'the VPC API';
	const within = timeoutMs ? ` within ${formatSeconds(timeoutMs)}` : ' in time';
	switch (code) {
		case 'Timeout':
			return `No answer came from ${where}${within}; the network or the service may be slow, try again.`;
		case 'ConnectTimeout':
			return `No connection to ${where} could be made${within}; check your network and --endpoint, then try again.`;
		case 'ETIMEDOUT':
			// The system's own timer (TCP), not ours: there is no limit of ours to name.
			return `The connection to ${where} timed out before an answer arrived; check your network and try again.`;
		case 'ECONNREFUSED':
			return `The connection to ${where} was refused; check --endpoint and that the service is running.`;
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `The host name of ${where} could not be resolved; check --endpoint and your network or DNS.`;
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
		case 'ENETDOWN':
			return `The network cannot reach ${where}; check your connection and try again.`;
		default:
			if (fatalNetworkCodes.has(code)) {
				return `The secure connection to ${where} failed (${code}); check --endpoint and any proxy in between.`;
			}

			if (resetCodes.has(code)) {
				return `The connection to ${where} was reset before an answer arrived; check your network (and any proxy in between), then try again.`;
			}

			return `The connection to ${where} failed (${code}) before an answer arrived; check your network and try again.`;
	}
};

export const networkError = (facts: NetworkErrorFacts): ApiError =>
	new ApiError({
		kind: 'network',
		code: facts.code,
		message: sentenceFor(facts),
		action: facts.action,
		retryable: !fatalNetworkCodes.has(facts.code) && (retryableNetworkCodes.has(facts.code) || ownRetryableCodes.has(facts.code)),
	});
