// ACS3-HMAC-SHA256, the default scheme of both SDKs, exactly as vpc-api.md §7.3 describes it.
// Pure: the verifier recomputes the signature from decoded parts and compares.
import {createHash, createHmac} from 'node:crypto';
import {percentEncode} from './percent-encoding.js';
import type {ParameterPairs} from './request-parsing.js';

export const acs3Algorithm = 'ACS3-HMAC-SHA256';

export type Acs3Authorization = {
	algorithm: string;
	accessKeyId: string;
	signedHeaders: string[];
	signature: string;
};

/** `ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex`; undefined when garbled. */
export function parseAcs3Authorization(header: string): Acs3Authorization | undefined {
	const match = /^(\S+)\s+(.*)$/.exec(header.trim());
	if (!match) {
		return undefined;
	}

	const fields = new Map<string, string>();
	for (const part of match[2]!.split(',')) {
		const equals = part.indexOf('=');
		if (equals > 0) {
			fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
		}
	}

	const accessKeyId = fields.get('Credential');
	const signedHeaders = fields.get('SignedHeaders');
	const signature = fields.get('Signature');
	if (!accessKeyId || !signedHeaders || !signature) {
		return undefined;
	}

	return {algorithm: match[1]!, accessKeyId, signedHeaders: signedHeaders.split(';'), signature};
}

export function sha256Hex(data: Buffer | string): string {
	return createHash('sha256').update(data).digest('hex');
}

export type Acs3Parts = {
	method: string;
	path: string;
	query: ParameterPairs;
	headers: Record<string, string[]>;
	signedHeaders: string[];
	hashedPayload: string;
};

export function acs3CanonicalRequest(parts: Acs3Parts): string {
	const canonicalQuery = [...parts.query]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
		.join('&');
	const names = parts.signedHeaders.map(name => name.toLowerCase()).sort();
	const canonicalHeaders = names
		.map(name => `${name}:${(parts.headers[name] ?? []).map(value => value.trim()).sort().join(',')}\n`)
		.join('');
	return [parts.method, parts.path, canonicalQuery, canonicalHeaders, names.join(';'), parts.hashedPayload].join('\n');
}

export function acs3StringToSign(canonicalRequest: string): string {
	return `${acs3Algorithm}\n${sha256Hex(canonicalRequest)}`;
}

export function acs3Signature(stringToSign: string, secret: string): string {
	return createHmac('sha256', secret).update(stringToSign).digest('hex');
}
