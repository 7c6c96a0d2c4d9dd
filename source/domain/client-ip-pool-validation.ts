// ClientIpPool: the addresses lent to connected clients. The service refuses a pool outside /16–/29
// (ClientIpPool.NetmaskInvalid), one inside the VPC (InvalidClientIpPool.Conflict) and one that
// clashes with another pool on the gateway (VpnRouteEntry.Conflict). We also refuse overlap with
// LocalSubnet: an address that is both a client and a destination cannot be routed either way.
import {cidrsOverlap, parseIpv4Cidr} from './cidr.js';
import {splitCidrList} from './field-parsing.js';
import {suggestFreeBlock} from './free-block.js';
import {quoteInput} from './message-text.js';

export type ClientIpPoolContext = {vpcCidrBlocks: string[]; localSubnet: string[]; otherClientPools: string[]};

const poolPrefix = {min: 16, max: 29} as const;

function overlapOf(pool: string, context: ClientIpPoolContext): string | undefined {
	const overlaps = (block: string) => cidrsOverlap(pool, block);
	const vpcIndex = context.vpcCidrBlocks.findIndex(block => overlaps(block));
	if (vpcIndex !== -1) {
		const kind = vpcIndex === 0 ? 'primary' : 'secondary';
		return `overlaps the VPC's ${kind} block ${context.vpcCidrBlocks[vpcIndex]}, and client addresses must lie outside the VPC`;
	}

	const subnet = context.localSubnet.find(block => overlaps(block));
	if (subnet) {
		return `overlaps LocalSubnet block ${subnet}, which clients reach through the tunnel`;
	}

	const otherPool = context.otherClientPools.find(block => overlaps(block));
	if (otherPool) {
		return `overlaps ${otherPool}, the client pool of another server on this gateway`;
	}

	return undefined;
}

export function validateClientIpPool(text: string, context: ClientIpPoolContext): string | undefined {
	const taken = [...context.vpcCidrBlocks, ...context.localSubnet, ...context.otherClientPools];
	const suggestion = (prefixLength: number) => {
		const free = suggestFreeBlock(prefixLength, taken);
		return free ? `, for example ${free}` : '';
	};

	const pieces = splitCidrList(text);
	if (pieces.length === 0) {
		return `Enter the client IP pool as one CIDR block from /16 to /29${suggestion(24)}.`;
	}

	if (pieces.length > 1) {
		return `Enter only one CIDR block for the client IP pool${suggestion(24)}.`;
	}

	const piece = pieces[0] ?? '';
	const parsed = parseIpv4Cidr(piece);
	if (!parsed) {
		return `${quoteInput(piece)} is not an IPv4 CIDR block; write address/prefix length${suggestion(24)}.`;
	}

	if (parsed.prefixLength < poolPrefix.min || parsed.prefixLength > poolPrefix.max) {
		const nearest = Math.min(Math.max(parsed.prefixLength, poolPrefix.min), poolPrefix.max);
		return `${piece} is a /${parsed.prefixLength}, but a client IP pool must be from /16 (65,536 addresses) to /29 (8 addresses)${suggestion(nearest)}.`;
	}

	if (parsed.hostBitsSet) {
		return `${piece} has host bits set; did you mean ${parsed.cidr}?`;
	}

	const overlap = overlapOf(parsed.cidr, context);
	if (overlap) {
		return `${parsed.cidr} ${overlap}; choose a block outside it${suggestion(parsed.prefixLength)}.`;
	}

	return undefined;
}
