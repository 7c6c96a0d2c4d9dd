// An error envelope the service answered ({RequestId, Code, Message, …} with a 4xx/5xx) as an
// ApiError whose message is our sentence for the code, or the service's Message made into one.
import {ApiError} from './api-error.js';
import {knownSentence} from './error-sentences.js';
import {isRetryableServiceError} from './retryable.js';
import {redact, toSentence} from './sentence.js';

export type ServiceErrorFacts = {
	action: string;
	code?: string;
	httpStatus?: number;
	requestId?: string;
	serviceMessage?: string;
	/** Values that must never appear in the error (the PSK being sent). */
	secrets?: readonly string[];
};

const fallbackSentence = (facts: ServiceErrorFacts, code: string): string => {
	if (code.includes('Throttling')) {
		return 'The service is limiting how fast requests may be sent; wait a moment and try again.';
	}

	if (facts.httpStatus !== undefined && facts.httpStatus >= 500) {
		return `The service failed while handling ${facts.action} (HTTP ${facts.httpStatus}); wait a moment and try again.`;
	}

	return `The service refused ${facts.action} with ${code}.`;
};

export const serviceError = (facts: ServiceErrorFacts): ApiError => {
	const secrets = facts.secrets ?? [];
	const code = facts.code && facts.code !== 'undefined' ? facts.code : `HTTP${facts.httpStatus ?? ''}`;
	// SignatureDoesNotMatch echoes the string to sign, i.e. every parameter sent (the PSK too).
	const serviceMessage =
		facts.serviceMessage === undefined ? undefined : redact(facts.serviceMessage.replace(/server string to sign is:.*$/is, '').trim(), secrets);
	const fallback = fallbackSentence(facts, code);
	const message = knownSentence(code) ?? (serviceMessage ? toSentence(serviceMessage, fallback) : fallback);
	return new ApiError({
		kind: 'service',
		code,
		message,
		httpStatus: facts.httpStatus,
		requestId: facts.requestId,
		action: facts.action,
		serviceMessage,
		retryable: isRetryableServiceError(code, facts.httpStatus),
	});
};
