// One validator per field. Each takes the raw text the user typed and returns undefined when it is
// acceptable, or one sentence: what is wrong, what is allowed, an example. None of them throws.
import {cidrContains, parseIpv4Cidr} from './cidr.js';
import {readLifetime, splitCidrList} from './field-parsing.js';
import {quoteInput} from './message-text.js';
import {lifetimeRange} from './fields/allowed-values.js';
import {isFqdn, isIpAddress} from './network-identity.js';

export {validateClientIpPool} from './client-ip-pool-validation.js';
export type {ClientIpPoolContext} from './client-ip-pool-validation.js';

const controlCharacters = /[\p{Cc}\p{Cf}]/u;
const nameExample = 'office-vpn';
const identityExamples = 'a domain name such as vpn.example.com or an IP address such as 47.100.1.2';

export function validateIpsecServerName(text: string): string | undefined {
	const length = [...text].length;
	if (text.trim().length === 0) {
		return `Enter a name of 1 to 100 characters, for example ${nameExample}.`;
	}

	if (length > 100) {
		return `The name has ${length} characters but at most 100 are allowed; shorten it, for example to ${nameExample}.`;
	}

	if (/^https?:\/\//i.test(text)) {
		return `A name cannot start with http:// or https://; use a plain name such as ${nameExample}.`;
	}

	if (controlCharacters.test(text)) {
		return `A name cannot contain tabs, line breaks or other control characters; use a plain name such as ${nameExample}.`;
	}

	return undefined;
}

function cidrProblem(piece: string, example: string): string | undefined {
	const parsed = parseIpv4Cidr(piece);
	if (!parsed) {
		return `${quoteInput(piece)} is not an IPv4 CIDR block; write address/prefix length, for example ${example}.`;
	}

	if (parsed.hostBitsSet) {
		return `${piece.trim()} has host bits set; did you mean ${parsed.cidr}?`;
	}

	return undefined;
}

export function validateLocalSubnet(text: string): string | undefined {
	const pieces = splitCidrList(text);
	if (pieces.length === 0) {
		return 'Enter at least one CIDR block that clients may reach, for example 192.168.0.0/24 (separate several with commas).';
	}

	const blocks: string[] = [];
	for (const piece of pieces) {
		const problem = cidrProblem(piece, '192.168.0.0/24');
		if (problem) {
			return problem;
		}

		blocks.push(parseIpv4Cidr(piece)?.cidr ?? piece);
	}

	for (const [index, block] of blocks.entries()) {
		for (const other of blocks.slice(index + 1)) {
			if (block === other) {
				return `${block} is listed twice; list each block once.`;
			}

			const [outer, inner] = cidrContains(block, other) ? [block, other] : [other, block];
			if (cidrContains(outer, inner)) {
				return `${outer} already contains ${inner}; list only ${outer}.`;
			}
		}
	}

	return undefined;
}

export function validateLifetime(text: string): string | undefined {
	const reading = readLifetime(text);
	const range = `${lifetimeRange.min} to ${lifetimeRange.max}`;
	switch (reading.kind) {
		case 'seconds': {
			return undefined;
		}

		case 'empty': {
			return `Enter the lifetime in whole seconds from ${range}, for example 86400 (24 hours).`;
		}

		case 'too-long': {
			return `${reading.digits} seconds is more than ${lifetimeRange.max} (24 hours), the longest allowed; for example 86400.`;
		}

		case 'leading-zeros': {
			return `${reading.trimmed} has leading zeros; type ${reading.digits}.`;
		}

		case 'sign': {
			return `Write the lifetime without a + or - sign, as whole seconds from ${range}, for example 3600.`;
		}

		case 'decimals': {
			return `The lifetime must be whole seconds without decimals, from ${range}, for example 3600.`;
		}

		case 'unit': {
			return `Write the lifetime as a plain number of seconds without a unit, from ${range}; one hour is 3600.`;
		}

		case 'other': {
			return `${quoteInput(reading.trimmed)} is not a number of seconds; use digits only, from ${range}, for example 3600.`;
		}
	}
}

function identityProblem(text: string, what: string): string | undefined {
	if (/\s/.test(text)) {
		return `${what} cannot contain spaces; use ${identityExamples}.`;
	}

	if (isIpAddress(text) || isFqdn(text)) {
		return undefined;
	}

	if (/^[\d.]+$/.test(text)) {
		return `${quoteInput(text)} is not a valid IPv4 address (four numbers 0–255 separated by dots); for example 47.100.1.2.`;
	}

	return `${quoteInput(text)} is neither a domain name nor an IP address; use ${identityExamples}.`;
}

export function validateLocalId(text: string): string | undefined {
	if (text.length === 0) {
		return `Enter the server's identity (LocalId), usually the gateway's public IP; use ${identityExamples}.`;
	}

	return identityProblem(text, 'LocalId');
}

export function validateRemoteId(text: string): string | undefined {
	return text.length === 0 ? undefined : identityProblem(text, 'RemoteId');
}

// Our choice for the PSK: 1–100 characters from printable ASCII 0x21–0x7E, so no spaces at all.
// Clients trim, split or mis-quote keys with spaces (ipsec.secrets, phone VPN settings), and a
// key that cannot be typed the same way everywhere only fails later, at connection time.
const pskAllowed = 'use letters, digits and symbols such as ! # % + - _ only';

export function validatePsk(text: string): string | undefined {
	if (text.length === 0) {
		return 'Enter a pre-shared key of 1 to 100 characters, or generate a random one of 32.';
	}

	if (/ /.test(text)) {
		return `The pre-shared key cannot contain spaces; ${pskAllowed}.`;
	}

	if (/[\p{Cc}\p{Cf}]/u.test(text)) {
		return `The pre-shared key contains a tab or another control character; ${pskAllowed}.`;
	}

	if (/[^\x21-\x7E]/.test(text)) {
		return `The pre-shared key contains a character outside plain ASCII, such as ü or é; ${pskAllowed}.`;
	}

	if (text.length > 100) {
		return 'The pre-shared key is longer than 100 characters, the most allowed; shorten it.';
	}

	return undefined;
}
