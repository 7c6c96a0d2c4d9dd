// For UpdateIpsecServer (the one write): which failed attempts may have been applied, and the
// error that says the outcome is unknown once a call with such an attempt ends in failure.
import {ApiError} from './api-error.js';
import {fatalNetworkCodes} from './retryable.js';

/**
 * Whether a failed attempt may have been applied: no answer after the request could have left (a
 * reset, a read timeout — a connect timeout looks the same, so the safer reading), a 5xx, or an
 * answer we could not read. A refused connection or an unresolved name never sent anything.
 */
export function mayHaveReachedService(error: ApiError): boolean {
	switch (error.kind) {
		case 'network': {
			return !fatalNetworkCodes.has(error.code) && error.code !== 'EAI_AGAIN';
		}

		case 'service': {
			return error.httpStatus !== undefined && error.httpStatus >= 500;
		}

		case 'malformed': {
			return true;
		}

		case 'credentials': {
			return false;
		}
	}
}

export const outcomeUnknown = (basis: ApiError, last: ApiError): ApiError =>
	new ApiError({
		kind: basis.kind,
		code: basis.code,
		message: basis.message,
		httpStatus: basis.httpStatus,
		requestId: last.requestId ?? basis.requestId,
		action: basis.action,
		serviceMessage: basis.serviceMessage,
		retryable: last.retryable,
		outcome: 'unknown',
		cause: last,
	});
