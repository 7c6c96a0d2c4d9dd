// Pre-shared keys: generating a strong one from random bytes the caller supplies (the domain
// has no randomness of its own), and hiding one on screen.

// Letters and digits without the look-alikes 0/O/o, 1/l/I, so a key read aloud or copied by hand
// survives; no quotes, spaces or backslashes, so it pastes safely into any client or shell.
export const pskAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

// Bytes at or above this are rejected: it is the largest multiple of the alphabet size ≤ 256, so
// every character is equally likely (no modulo bias).
const acceptBelow = 256 - (256 % pskAlphabet.length);
const maxRounds = 1000;

export function generatePsk(randomBytes: (count: number) => Uint8Array, length = 32): string {
	if (!Number.isInteger(length) || length < 1 || length > 100) {
		throw new RangeError('A pre-shared key is 1 to 100 characters long.');
	}

	let key = '';
	for (let round = 0; round < maxRounds && key.length < length; round++) {
		for (const byte of randomBytes(length * 2)) {
			if (byte < acceptBelow && key.length < length) {
				key += pskAlphabet.charAt(byte % pskAlphabet.length);
			}
		}
	}

	if (key.length < length) {
		throw new Error('The random source gave too few usable bytes to make a pre-shared key.');
	}

	return key;
}

/** Eight mask characters for any non-empty secret, so the mask does not reveal the length. */
export function maskSecret(secret: string, mask: string): string {
	return secret.length > 0 ? mask.repeat(8) : '';
}
