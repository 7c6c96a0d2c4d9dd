// Turns an incoming HTTP request into decoded parameters. Query and form body are kept apart
// because the two signature schemes treat them differently; `params` is what actions read.
import type {IncomingMessage} from 'node:http';

export type ParameterPairs = Array<[name: string, value: string]>;

export type ParsedRequest = {
	method: string;
	path: string;
	/** Header values by lower-case name; repeated headers keep every value. */
	headers: Record<string, string[]>;
	query: ParameterPairs;
	form: ParameterPairs;
	body: Buffer;
	/** Query and form merged (the form wins on a clash), first value of a repeated name. */
	params: Record<string, string>;
};

/** Far more than any VPC API request (parameters travel in the query; the body is empty). */
export const maxBodyBytes = 1024 * 1024;

export class RequestTooLargeError extends Error {
	override readonly name = 'RequestTooLargeError';
}

/**
 * The body, up to maxBodyBytes. Refused before reading when Content-Length says it is too large,
 * else as soon as it grows past the bound. The stream is left flowing (and not destroyed), so the
 * socket stays usable for the 413 answer.
 */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
	const declared = Number(request.headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBodyBytes) {
		throw new RequestTooLargeError(`The request body is larger than ${maxBodyBytes} bytes.`);
	}

	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const stop = () => {
			request.off('data', onData);
			request.off('end', onEnd);
			request.off('error', onError);
		};

		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxBodyBytes) {
				stop();
				reject(new RequestTooLargeError(`The request body is larger than ${maxBodyBytes} bytes.`));
				return;
			}

			chunks.push(chunk);
		};

		const onEnd = () => {
			stop();
			resolve(Buffer.concat(chunks));
		};

		const onError = (error: Error) => {
			stop();
			reject(error);
		};

		request.on('data', onData);
		request.on('end', onEnd);
		request.on('error', onError);
	});
}

export function parseRequest(request: IncomingMessage, body: Buffer): ParsedRequest {
	const url = request.url ?? '/';
	const questionMark = url.indexOf('?');
	const path = questionMark === -1 ? url : url.slice(0, questionMark);
	const query = questionMark === -1 ? [] : decodePairs(url.slice(questionMark + 1));
	const form = isForm(request) ? decodePairs(body.toString('utf8')) : [];
	return {
		method: (request.method ?? 'GET').toUpperCase(),
		path,
		headers: headersOf(request),
		query,
		form,
		body,
		params: mergeParams(query, form),
	};
}

export function headerValue(request: ParsedRequest, name: string): string | undefined {
	return request.headers[name]?.[0];
}

function isForm(request: IncomingMessage): boolean {
	const type = request.headers['content-type'] ?? '';
	return type.toLowerCase().startsWith('application/x-www-form-urlencoded');
}

function decodePairs(text: string): ParameterPairs {
	return [...new URLSearchParams(text)];
}

function headersOf(request: IncomingMessage): Record<string, string[]> {
	const headers: Record<string, string[]> = {};
	const raw = request.rawHeaders;
	for (let index = 0; index + 1 < raw.length; index += 2) {
		const name = raw[index]!.toLowerCase();
		(headers[name] ??= []).push(raw[index + 1]!);
	}

	return headers;
}

function mergeParams(query: ParameterPairs, form: ParameterPairs): Record<string, string> {
	const params: Record<string, string> = {};
	for (const [name, value] of query) {
		params[name] ??= value;
	}

	const fromForm: Record<string, string> = {};
	for (const [name, value] of form) {
		fromForm[name] ??= value;
	}

	return {...params, ...fromForm};
}
