// Parses an answer body with its schema; anything that does not fit becomes ApiError 'malformed'
// naming the first field that is wrong. A 200 body that is an error envelope in all but status
// (Code and Message, none of the action's fields) is that error: read as an answer, its missing
// fields would default to "nothing" (an empty list, a bare RequestId that looks like success).
import {z} from 'zod';
import type {ApiError} from '../api-error.js';
import {describeIssue, malformedError} from '../malformed-error.js';
import {serviceError} from '../service-error.js';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

// Some Alibaba gateways put a success code beside the answer; such a body is not an error.
const successCode = /^(?:200|ok|success)$/i;

/** The top-level fields an action's answer is made of, besides RequestId (read off its schema). */
const answerFields = (schema: z.ZodType): string[] => {
	const input = schema instanceof z.ZodPipe ? (schema.in as z.ZodType) : schema;
	return input instanceof z.ZodObject ? Object.keys(input.shape).filter(name => name !== 'RequestId') : [];
};

const errorCarried = (schema: z.ZodType, body: unknown, action: string, secrets: readonly string[]): ApiError | undefined => {
	if (!isObject(body)) {
		return undefined;
	}

	const code = text(body['Code']) ?? text(body['code']);
	if (code === undefined || successCode.test(code) || answerFields(schema).some(name => body[name] !== undefined)) {
		return undefined;
	}

	return serviceError({
		action,
		code,
		httpStatus: 200,
		requestId: text(body['RequestId']) ?? text(body['requestId']),
		serviceMessage: text(body['Message']) ?? text(body['message']),
		secrets,
	});
};

export const parseResponse = <Output>(schema: z.ZodType<Output>, body: unknown, action: string, secrets: readonly string[] = []): Output => {
	const carried = errorCarried(schema, body, action, secrets);
	if (carried) {
		throw carried;
	}

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
