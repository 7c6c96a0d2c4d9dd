// A connection that failed, reset or timed out, as an ApiError. The SDK's own error text is not
// reused: httpx puts the full request URL in it, and that URL carries the query (with the PSK
// for UpdateIpsecServer).
import {ApiError} from './api-error.js';
import {fatalNetworkCodes, retryableNetworkCodes} from './retryable.js';

export type NetworkErrorFacts = {
	action: string;
	/** Node's error code (`ECONNRESET`) or our own (`Timeout`, `ConnectionReset`). */
	code: string;
	host?: string;
	timeoutMs?: number;
};

const sentenceFor = ({code, host, timeoutMs}: NetworkErrorFacts): string => {
	const where = host ? ` ${host}` : ' the VPC API';
	switch (code) {
		case 'Timeout':
		case 'ETIMEDOUT': {
			const within = timeoutMs ? ` within ${Math.round(timeoutMs / 1000)} s` : ' in time';
			return `No answer came from${where}${within}; the network may be slow or down, try again.`;
		}

		case 'ECONNREFUSED':
			return `Could not connect to${where}: the connection was refused; check --endpoint and that the service is running.`;
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `The host name of${where} could not be resolved; check --endpoint and your network or DNS.`;
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
		case 'ENETDOWN':
			return `The network cannot reach${where}; check your connection and try again.`;
		default:
			if (fatalNetworkCodes.has(code)) {
				return `The secure connection to${where} failed (${code}); check --endpoint and any proxy in between.`;
			}

			return `The connection to${where} was lost before an answer arrived; check your network and try again.`;
	}
};

export const networkError = (facts: NetworkErrorFacts): ApiError =>
	new ApiError({
		kind: 'network',
		code: facts.code,
		message: sentenceFor(facts),
		action: facts.action,
		retryable: !fatalNetworkCodes.has(facts.code) && (retryableNetworkCodes.has(facts.code) || facts.code === 'Timeout' || facts.code === 'ConnectionReset'),
	});
