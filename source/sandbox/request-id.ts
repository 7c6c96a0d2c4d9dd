import {randomUUID} from 'node:crypto';

/** A RequestId the way the service writes them: an upper-case UUID. */
export function newRequestId(): string {
	return randomUUID().toUpperCase();
}
