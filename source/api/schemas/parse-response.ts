// Parses an answer body with its schema; anything that does not fit becomes ApiError 'malformed'
// naming the first field that is wrong.
import type {z} from 'zod';
import type {ApiError} from '../api-error.js';
import {describeIssue, malformedError} from '../malformed-error.js';

export const parseResponse = <Output>(schema: z.ZodType<Output>, body: unknown, action: string): Output => {
	let result: ReturnType<typeof schema.safeParse>;
	try {
		// reportInput puts the offending value on the issue, so an unknown enum value can be named.
		result = schema.safeParse(body, {reportInput: true});
	} catch {
		throw malformedError(action, 'its shape could not be read');
	}

	if (result.success) {
		return result.data;
	}

	const issue = result.error.issues[0];
	const error: ApiError = malformedError(action, issue ? describeIssue(issue) : 'its shape is not the documented one');
	throw error;
};
