// Who is calling: checks the AccessKey, the date, the signature (ACS3 or V1) and the nonce, in
// that order, and throws the service's error for the first thing wrong.
import {timingSafeEqual} from 'node:crypto';
import {findAccessKey, type SandboxAccessKey} from './access-keys.js';
import {SandboxError} from './error-catalogue.js';
import type {ReplayGuard} from './replay-guard.js';
import {headerValue, type ParsedRequest} from './request-parsing.js';
import {acs3Algorithm, acs3CanonicalRequest, acs3Signature, acs3StringToSign, parseAcs3Authorization, sha256Hex} from './signature-v3.js';
import {v1Signature, v1StringToSign} from './signature-v1.js';

export const allowedClockSkewMs = 15 * 60 * 1000;

export type AuthenticationContext = {now: number; replayGuard: ReplayGuard};

export function authenticate(request: ParsedRequest, context: AuthenticationContext): SandboxAccessKey {
	const authorization = headerValue(request, 'authorization');
	if (authorization !== undefined) {
		return authenticateAcs3(request, authorization, context);
	}

	if ('Signature' in request.params || 'AccessKeyId' in request.params) {
		return authenticateV1(request, context);
	}

	throw new SandboxError('MissingParameter', 'AccessKeyId');
}

function authenticateAcs3(request: ParsedRequest, header: string, context: AuthenticationContext): SandboxAccessKey {
	const authorization = parseAcs3Authorization(header);
	if (!authorization) {
		throw new SandboxError('IncompleteSignature', 'the Authorization header must read "ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…".');
	}

	if (authorization.algorithm !== acs3Algorithm) {
		throw new SandboxError('IncompleteSignature', `the signature algorithm ${authorization.algorithm} is not supported here; use ${acs3Algorithm}.`);
	}

	const key = knownKey(authorization.accessKeyId);
	const date = requiredHeader(request, 'x-acs-date');
	const nonce = requiredHeader(request, 'x-acs-signature-nonce');
	const signed = new Set(authorization.signedHeaders.map(name => name.toLowerCase()));
	if (!['host', 'x-acs-date', 'x-acs-signature-nonce'].every(name => signed.has(name))) {
		throw new SandboxError('IncompleteSignature', 'the host, x-acs-date and x-acs-signature-nonce headers must be signed.');
	}

	checkTimestamp(date, context.now);
	const canonicalRequest = acs3CanonicalRequest({
		method: request.method,
		path: request.path,
		query: request.query,
		headers: request.headers,
		signedHeaders: authorization.signedHeaders,
		// The hash of the bytes actually received, not the client's claim in x-acs-content-sha256.
		hashedPayload: sha256Hex(request.body),
	});
	const stringToSign = acs3StringToSign(canonicalRequest);
	if (!sameText(acs3Signature(stringToSign, key.accessKeySecret), authorization.signature.toLowerCase())) {
		throw new SandboxError('SignatureDoesNotMatch', stringToSign);
	}

	checkNonce(key, nonce, context);
	return key;
}

function authenticateV1(request: ParsedRequest, context: AuthenticationContext): SandboxAccessKey {
	const params = request.params;
	const accessKeyId = requiredParam(params, 'AccessKeyId');
	const signature = requiredParam(params, 'Signature');
	const key = knownKey(accessKeyId);
	if (requiredParam(params, 'SignatureMethod') !== 'HMAC-SHA1') {
		throw new SandboxError('IncompleteSignature', 'SignatureMethod must be HMAC-SHA1.');
	}

	if (requiredParam(params, 'SignatureVersion') !== '1.0') {
		throw new SandboxError('IncompleteSignature', 'SignatureVersion must be 1.0.');
	}

	const timestamp = requiredParam(params, 'Timestamp');
	const nonce = requiredParam(params, 'SignatureNonce');
	checkTimestamp(timestamp, context.now);
	const stringToSign = v1StringToSign(request.method, [...request.query, ...request.form]);
	if (!sameText(v1Signature(stringToSign, key.accessKeySecret), signature)) {
		throw new SandboxError('SignatureDoesNotMatch', stringToSign);
	}

	checkNonce(key, nonce, context);
	return key;
}

function knownKey(accessKeyId: string): SandboxAccessKey {
	const key = findAccessKey(accessKeyId);
	if (!key) {
		throw new SandboxError('InvalidAccessKeyId.NotFound');
	}

	return key;
}

function requiredHeader(request: ParsedRequest, name: string): string {
	const value = headerValue(request, name);
	if (value === undefined || value === '') {
		throw new SandboxError('MissingParameter', name);
	}

	return value;
}

function requiredParam(params: Record<string, string>, name: string): string {
	const value = params[name];
	if (value === undefined || value === '') {
		throw new SandboxError('MissingParameter', name);
	}

	return value;
}

function checkTimestamp(text: string, now: number): void {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(text) || Number.isNaN(Date.parse(text))) {
		throw new SandboxError('InvalidTimeStamp.Format');
	}

	if (Math.abs(now - Date.parse(text)) > allowedClockSkewMs) {
		throw new SandboxError('InvalidTimeStamp.Expired');
	}
}

function checkNonce(key: SandboxAccessKey, nonce: string, context: AuthenticationContext): void {
	if (!context.replayGuard.use(key.accessKeyId, nonce, context.now)) {
		throw new SandboxError('SignatureNonceUsed');
	}
}

function sameText(expected: string, actual: string): boolean {
	const a = Buffer.from(expected);
	const b = Buffer.from(actual);
	return a.length === b.length && timingSafeEqual(a, b);
}
