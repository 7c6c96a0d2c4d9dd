// An answer that is not what the API promises (not JSON, an HTML page from a proxy, a field of
// the wrong type or an enum value we do not know) as one sentence that names the field.
import type {z} from 'zod';
import {ApiError} from './api-error.js';
import {quoteValue} from './sentence.js';

export const malformedError = (action: string, detail: string): ApiError =>
	new ApiError({
		kind: 'malformed',
		code: 'MalformedResponse',
		message: `${action} returned an answer this tool cannot use: ${detail}; check --endpoint (or any proxy in between) and try again.`,
		action,
		retryable: false,
	});

/** A failure none of the known shapes explains; its own text is not shown (it may hold the URL). */
export const unexpectedError = (action: string): ApiError =>
	new ApiError({
		kind: 'malformed',
		code: 'UnexpectedError',
		message: `${action} failed in a way this tool does not recognise; try again, and report it if it keeps happening.`,
		action,
		retryable: false,
	});

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
	path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('') || 'the body';

// Fields whose values must never be quoted back, even when they are malformed.
const secretField = /psk|secret|token/i;

/** One clause for a schema issue: which field, and (when safe) which value. */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
	const field = formatPath(issue.path);
	const quotable = !issue.path.some(key => secretField.test(String(key)));
	const hasInput = 'input' in issue && issue.input !== undefined;
	switch (issue.code) {
		case 'invalid_value':
			return quotable && hasInput
				? `${field} is ${quoteValue(issue.input)}, a value this tool does not know`
				: `${field} has a value this tool does not know`;
		case 'invalid_type':
			return hasInput || issue.path.length === 0
				? `${field} is not ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`
				: `${field} is missing`;
		default:
			return `${field} is not valid`;
	}
};
