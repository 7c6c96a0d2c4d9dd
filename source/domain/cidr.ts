// IPv4 CIDR blocks on ipaddr.js. Only the plain four-part decimal form (a.b.c.d/n) is accepted:
// ipaddr.js alone would also read '010.0.0.0/8' as octal or '10/8' as 0.0.0.10, which is never
// what a person typing a subnet means.
import ipaddr from 'ipaddr.js';

export type ParsedCidr = {
	/** Normalised: the network address and the prefix length, e.g. 10.1.2.0/24. */
	cidr: string;
	prefixLength: number;
	/** True when the address had bits set beyond the prefix (10.1.2.3/24). */
	hostBitsSet: boolean;
};

type Block = {network: ipaddr.IPv4; prefixLength: number};

function parseBlock(text: string): (Block & {address: ipaddr.IPv4}) | undefined {
	const trimmed = text.trim();
	if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(trimmed)) {
		return undefined;
	}

	try {
		const [address, prefixLength] = ipaddr.IPv4.parseCIDR(trimmed);
		const network = ipaddr.IPv4.networkAddressFromCIDR(trimmed);
		return {address, network, prefixLength};
	} catch {
		return undefined;
	}
}

export function parseIpv4Cidr(text: string): ParsedCidr | undefined {
	const block = parseBlock(text);
	if (!block) {
		return undefined;
	}

	return {
		cidr: `${block.network.toString()}/${block.prefixLength}`,
		prefixLength: block.prefixLength,
		hostBitsSet: block.address.toString() !== block.network.toString(),
	};
}

/** Whether the two blocks share at least one address. False when either is not a block. */
export function cidrsOverlap(a: string, b: string): boolean {
	const first = parseBlock(a);
	const second = parseBlock(b);
	if (!first || !second) {
		return false;
	}

	// Two aligned blocks overlap exactly when the shorter prefix covers both network addresses.
	const shorter = Math.min(first.prefixLength, second.prefixLength);
	return first.network.match(second.network, shorter);
}

/** Whether every address of `inner` lies in `outer`. False when either is not a block. */
export function cidrContains(outer: string, inner: string): boolean {
	const container = parseBlock(outer);
	const contained = parseBlock(inner);
	if (!container || !contained) {
		return false;
	}

	return (
		container.prefixLength <= contained.prefixLength
		&& contained.network.match(container.network, container.prefixLength)
	);
}
