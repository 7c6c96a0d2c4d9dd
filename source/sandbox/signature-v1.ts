// V1 HMAC-SHA1 (the SDKs' `signatureAlgorithm: 'v2'`), exactly as vpc-api.md §7.4 describes it:
// every parameter but Signature, query and form body alike, sorted and percent-encoded.
import {createHmac} from 'node:crypto';
import {percentEncode} from './percent-encoding.js';
import type {ParameterPairs} from './request-parsing.js';

export function v1StringToSign(method: string, params: ParameterPairs): string {
	const canonicalized = params
		.filter(([name]) => name !== 'Signature')
		.map(([name, value]): [string, string] => [percentEncode(name), percentEncode(value)])
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${name}=${value}`)
		.join('&');
	return `${method}&${percentEncode('/')}&${percentEncode(canonicalized)}`;
}

export function v1Signature(stringToSign: string, secret: string): string {
	return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}
