// Hand-built requests for the cases the SDKs never produce (bad keys, stale dates, reused
// nonces, GET, form bodies). Signing is written out here independently of the sandbox's code,
// straight from vpc-api.md §7.3 and §7.4.
import {createHash, createHmac, randomBytes} from 'node:crypto';
import {request as httpRequest} from 'node:http';
import {stringify} from 'node:querystring';
import type {Sandbox, SandboxCredentials} from '../../../source/sandbox/sandbox-types.js';

export type RawAnswer = {status: number; headers: Record<string, string | string[] | undefined>; body: Record<string, any>};

export type RawOptions = {
	action: string;
	query?: Record<string, string>;
	form?: Record<string, string>;
	method?: 'GET' | 'POST';
	credentials?: SandboxCredentials;
	date?: Date;
	nonce?: string;
	/** Replaces the computed signature. */
	signature?: string;
	/** Replaces the whole Authorization header (ACS3 only). */
	authorization?: string;
	version?: string;
};

const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sorted = (record: Record<string, string>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const formText = (record: Record<string, string>) => sorted(record).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');

export function newNonce(): string {
	return randomBytes(16).toString('hex');
}

/** An ACS3-HMAC-SHA256 request, like the SDKs' default. */
export async function acs3Request(sandbox: Sandbox, options: RawOptions): Promise<RawAnswer> {
	const credentials = options.credentials ?? sandbox.credentials;
	const method = options.method ?? 'POST';
	const query = options.query ?? {};
	const body = options.form ? formText(options.form) : '';
	const headers: Record<string, string> = {
		host: sandbox.endpoint,
		'x-acs-action': options.action,
		'x-acs-version': options.version ?? '2016-04-28',
		'x-acs-date': isoSeconds(options.date ?? new Date()),
		'x-acs-signature-nonce': options.nonce ?? newNonce(),
		'x-acs-content-sha256': createHash('sha256').update(body).digest('hex'),
	};
	if (options.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
	}

	const signedNames = Object.keys(headers).sort();
	const canonical = [
		method, '/', sorted(query).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&'),
		signedNames.map(name => `${name}:${headers[name]!.trim()}\n`).join(''), signedNames.join(';'), headers['x-acs-content-sha256'],
	].join('\n');
	const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
	const signature = options.signature ?? createHmac('sha256', credentials.accessKeySecret).update(stringToSign).digest('hex');
	headers.authorization = options.authorization
		?? `ACS3-HMAC-SHA256 Credential=${credentials.accessKeyId},SignedHeaders=${signedNames.join(';')},Signature=${signature}`;
	// Node's querystring on the wire, as the SDKs do: it leaves !'()* unescaped.
	return send(sandbox, method, `/?${stringify(query)}`, headers, body);
}

/** A V1 HMAC-SHA1 request (`signatureAlgorithm: 'v2'` in the SDKs). */
export async function v1Request(sandbox: Sandbox, options: RawOptions): Promise<RawAnswer> {
	const credentials = options.credentials ?? sandbox.credentials;
	const method = options.method ?? 'POST';
	const query: Record<string, string> = {
		Action: options.action,
		Format: 'json',
		Version: options.version ?? '2016-04-28',
		Timestamp: isoSeconds(options.date ?? new Date()),
		SignatureNonce: options.nonce ?? newNonce(),
		SignatureMethod: 'HMAC-SHA1',
		SignatureVersion: '1.0',
		AccessKeyId: credentials.accessKeyId,
		...options.query,
	};
	const all = {...query, ...options.form};
	const stringToSign = `${method}&${rfc3986('/')}&${rfc3986(formText(all))}`;
	query.Signature = options.signature ?? createHmac('sha1', `${credentials.accessKeySecret}&`).update(stringToSign).digest('base64');
	const headers: Record<string, string> = {host: sandbox.endpoint};
	const body = options.form ? formText(options.form) : '';
	if (options.form) {
		headers['content-type'] = 'application/x-www-form-urlencoded';
	}

	return send(sandbox, method, `/?${stringify(query)}`, headers, body);
}

/** Anything at all, unsigned. */
export async function send(sandbox: Sandbox, method: string, path: string, headers: Record<string, string>, body = ''): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const request = httpRequest({host: '127.0.0.1', port: sandbox.port, method, path, headers: {...headers, 'content-length': String(Buffer.byteLength(body))}}, response => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				resolve({status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>});
			});
		});
		request.on('error', reject);
		request.end(body);
	});
}
