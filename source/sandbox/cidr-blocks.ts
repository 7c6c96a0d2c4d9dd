// IPv4 CIDR checks the way the service plays them, on ipaddr.js. The sandbox keeps its own
// (rather than the wizard's domain code) so it stays an independent check of the wizard.
import ipaddr from 'ipaddr.js';

export type CidrBlock = {address: ipaddr.IPv4; prefixLength: number};

/** A strict `a.b.c.d/n` network block (no host bits set); undefined otherwise. */
export function parseCidrBlock(text: string): CidrBlock | undefined {
	if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(text)) {
		return undefined;
	}

	const [address, prefixLength] = ipaddr.IPv4.parseCIDR(text);
	const network = ipaddr.IPv4.networkAddressFromCIDR(text);
	return network.toString() === address.toString() ? {address, prefixLength} : undefined;
}

export function blocksOverlap(a: CidrBlock, b: CidrBlock): boolean {
	return a.address.match(b.address, b.prefixLength) || b.address.match(a.address, a.prefixLength);
}

/** Whether `text` overlaps any of `others` (texts that do not parse are ignored). */
export function overlapsAny(block: CidrBlock, others: string[]): boolean {
	return others.some(other => {
		const parsed = parseCidrBlock(other);
		return parsed !== undefined && blocksOverlap(block, parsed);
	});
}

export function isIpAddress(text: string): boolean {
	return ipaddr.isValid(text);
}
