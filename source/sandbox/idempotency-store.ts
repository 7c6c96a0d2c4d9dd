// ClientToken memory: a token seen with the same parameters gets the first call's answer again
// (same RequestId, nothing applied twice); with other parameters, IdempotentParameterMismatch.
// Only successful, applied calls are remembered, so a token whose first call failed may retry.
import {SandboxError} from './error-catalogue.js';
import type {Params} from './request-parameters.js';

export type RememberedAnswer = {requestId: string; body: Record<string, unknown>};

type Entry = RememberedAnswer & {fingerprint: string};

/** Parameters that belong to the transport or signature, not to the request's meaning. */
const protocolParams = new Set([
	'AccessKeyId', 'Action', 'ClientToken', 'Format', 'SecurityToken', 'Signature', 'SignatureMethod',
	'SignatureNonce', 'SignatureType', 'SignatureVersion', 'Timestamp', 'Version',
]);

export function fingerprintOf(action: string, params: Params): string {
	const meaningful = Object.entries(params)
		.filter(([name]) => !protocolParams.has(name))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify([action, meaningful]);
}

export class IdempotencyStore {
	// Insertion-ordered, so the oldest tokens are forgotten first once the store is full.
	readonly #entries = new Map<string, Entry>();

	constructor(private readonly capacity = 10_000) {}

	/** The remembered answer for this token, or undefined when the token is new. */
	replay(clientToken: string, fingerprint: string): RememberedAnswer | undefined {
		const entry = this.#entries.get(clientToken);
		if (!entry) {
			return undefined;
		}

		if (entry.fingerprint !== fingerprint) {
			throw new SandboxError('IdempotentParameterMismatch');
		}

		return {requestId: entry.requestId, body: entry.body};
	}

	remember(clientToken: string, fingerprint: string, answer: RememberedAnswer): void {
		this.#entries.set(clientToken, {...answer, fingerprint});
		if (this.#entries.size > this.capacity) {
			this.#entries.delete(this.#entries.keys().next().value!);
		}
	}
}
