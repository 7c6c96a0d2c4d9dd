// Finds a private block nobody uses yet, so a message about an unusable client pool can offer an
// example that will actually pass.
import ipaddr from 'ipaddr.js';
import {parseIpv4Cidr} from './cidr.js';

type Span = {first: number; last: number};

const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

function toNumber(address: string): number {
	return ipaddr.IPv4.parse(address).toByteArray().reduce((value, octet) => (value * 256) + octet, 0);
}

function toAddress(value: number): string {
	return new ipaddr.IPv4([24, 16, 8, 0].map(shift => Math.floor(value / (2 ** shift)) % 256)).toString();
}

function spanOf(block: string): Span | undefined {
	const parsed = parseIpv4Cidr(block);
	if (!parsed) {
		return undefined;
	}

	const first = toNumber(parsed.cidr.split('/')[0] ?? '');
	return {first, last: first + (2 ** (32 - parsed.prefixLength)) - 1};
}

/** The first private block of this prefix length that overlaps none of `taken`. */
export function suggestFreeBlock(prefixLength: number, taken: string[]): string | undefined {
	const size = 2 ** (32 - prefixLength);
	const busy = taken.map(block => spanOf(block)).filter((span): span is Span => span !== undefined);
	for (const range of privateRanges.map(block => spanOf(block))) {
		if (!range || size > range.last - range.first + 1) {
			continue;
		}

		let first = range.first;
		while (first + size - 1 <= range.last) {
			const last = first + size - 1;
			const clash = busy.find(span => span.first <= last && first <= span.last);
			if (!clash) {
				return `${toAddress(first)}/${prefixLength}`;
			}

			// Jump past the clashing block to the next aligned candidate.
			first = Math.ceil((clash.last + 1) / size) * size;
		}
	}

	return undefined;
}
