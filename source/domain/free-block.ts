// Finds a private block nobody uses yet, so a message about an overlapping client pool can offer
// an example that will actually pass.
import ipaddr from 'ipaddr.js';
import {cidrsOverlap} from './cidr.js';

const privateRanges = [
	{base: [10, 0, 0, 0], prefixLength: 8},
	{base: [172, 16, 0, 0], prefixLength: 12},
	{base: [192, 168, 0, 0], prefixLength: 16},
] as const;

// Enough to step past a busy VPC without making a keystroke slow.
const maxCandidatesPerRange = 4096;

function toNumber(octets: readonly number[]): number {
	return octets.reduce((value, octet) => (value * 256) + octet, 0);
}

function toAddress(value: number): string {
	const octets = [24, 16, 8, 0].map(shift => Math.floor(value / (2 ** shift)) % 256);
	return new ipaddr.IPv4(octets).toString();
}

/** The first private block of this prefix length that overlaps none of `taken`. */
export function suggestFreeBlock(prefixLength: number, taken: string[]): string | undefined {
	const size = 2 ** (32 - prefixLength);
	for (const range of privateRanges) {
		if (prefixLength < range.prefixLength) {
			continue;
		}

		const start = toNumber(range.base);
		const count = Math.min(2 ** (prefixLength - range.prefixLength), maxCandidatesPerRange);
		for (let index = 0; index < count; index++) {
			const candidate = `${toAddress(start + (index * size))}/${prefixLength}`;
			if (!taken.some(block => cidrsOverlap(block, candidate))) {
				return candidate;
			}
		}
	}

	return undefined;
}
