// What LocalId and RemoteId may be: an IP address or a fully qualified domain name.
import ipaddr from 'ipaddr.js';

// RFC 1123 host name label: letters, digits and hyphens, 1–63 long, no hyphen at either end.
const labelPattern = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/i;

// ipaddr's four-part check parses first, and a failed parse throws (a stack trace each time): its
// own pattern goes first, since the draft's checks ask this on every key.
const fourPartDecimal = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;

/** A plain dotted IPv4 address or an IPv6 address (no zone index). */
export function isIpAddress(text: string): boolean {
	if (fourPartDecimal.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text)) {
		return true;
	}

	return !text.includes('%') && text.includes(':') && ipaddr.IPv6.isValid(text);
}

/**
 * A fully qualified domain name: at least two RFC 1123 labels, 253 characters at most, and a
 * top-level label that is not all digits (so '300.1.1.1' is a bad address, not a name).
 */
export function isFqdn(text: string): boolean {
	if (text.length === 0 || text.length > 253) {
		return false;
	}

	const labels = text.split('.');
	const topLevel = labels.at(-1) ?? '';
	return labels.length >= 2 && labels.every(label => labelPattern.test(label)) && !/^\d+$/.test(topLevel);
}
