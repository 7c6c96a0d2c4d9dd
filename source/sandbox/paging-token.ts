// NextToken for ListIpsecServers: opaque to clients (they must only pass it back), an offset
// tied to the filter inside, so a token used with other filters is refused.
import {createHash} from 'node:crypto';
import {SandboxError} from './error-catalogue.js';

export function encodeNextToken(offset: number, filterKey: string): string {
	return Buffer.from(`${offset}:${digest(filterKey)}`).toString('base64url');
}

export function decodeNextToken(token: string, filterKey: string): number {
	const [offsetText, tokenDigest] = Buffer.from(token, 'base64url').toString('utf8').split(':');
	if (!offsetText || !/^\d+$/.test(offsetText) || tokenDigest !== digest(filterKey)) {
		throw new SandboxError('InvalidParameter', 'NextToken', 'pass back the NextToken of the previous page, with the same filters.');
	}

	return Number(offsetText);
}

function digest(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
