// The wizard's ClientToken for an UpdateIpsecServer request, made from the request itself: a
// name-based UUID (version 5, RFC 9562) of the attempt and the request's parameters, in a namespace
// drawn at random once per run. The same request in the same attempt has the same token, so sending
// it again (the busy gateway's "send the same plan again") cannot apply it twice; any other request
// has another, and so does the same one once a submission has come back to the review (a new
// attempt). A token is thus never sent with two sets of parameters: what the service does then is
// not documented, so the wizard never finds out.
import {createHash} from 'node:crypto';
import type {UpdatePlan} from './model.js';

/** Where the review's tokens come from: the run's namespace (a UUID) and the attempt. */
export type ClientTokenSource = {namespace: string; attempt: number};

const uuidPattern = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

export function clientTokenFor(source: ClientTokenSource, request: Pick<UpdatePlan, 'regionId' | 'ipsecServerId' | 'params'>): string {
	return nameBasedUuid(source.namespace, JSON.stringify([source.attempt, request.regionId, request.ipsecServerId, request.params]));
}

/** RFC 9562's version 5: SHA-1 of the namespace's 16 bytes and the name's UTF-8. */
export function nameBasedUuid(namespace: string, name: string): string {
	if (!uuidPattern.test(namespace)) {
		throw new TypeError('The ClientToken namespace is not a UUID.');
	}

	const bytes = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0F) | 0x50;
	bytes[8] = (bytes[8]! & 0x3F) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
