// Remembers signature nonces so a captured request cannot be replayed. A nonce only needs to be
// remembered while a request carrying it could still pass the ±15 minute date check, so each is
// kept 30 minutes. Memory is bounded: past `capacity` the oldest nonces are forgotten first.
export const nonceMemoryMs = 30 * 60 * 1000;

export class ReplayGuard {
	// Insertion order is expiry order because every entry lives equally long.
	readonly #expiries = new Map<string, number>();

	constructor(private readonly capacity = 100_000) {}

	/** Records the nonce; false when it was already used by this key. */
	use(accessKeyId: string, nonce: string, now: number): boolean {
		this.#forgetExpired(now);
		const key = `${accessKeyId}\n${nonce}`;
		if (this.#expiries.has(key)) {
			return false;
		}

		this.#expiries.set(key, now + nonceMemoryMs);
		while (this.#expiries.size > this.capacity) {
			const oldest = this.#expiries.keys().next().value;
			this.#expiries.delete(oldest!);
		}

		return true;
	}

	get size(): number {
		return this.#expiries.size;
	}

	#forgetExpired(now: number): void {
		for (const [key, expiry] of this.#expiries) {
			if (expiry > now) {
				return;
			}

			this.#expiries.delete(key);
		}
	}
}
