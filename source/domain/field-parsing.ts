// Text the user typed <-> the values the configuration holds.
import {parseIpv4Cidr} from './cidr.js';
import {lifetimeRange} from './model.js';

/** The blocks of a list as typed, without the commas and spaces between them. */
export function splitCidrList(text: string): string[] {
	return text.split(/[\s,]+/).filter(piece => piece.length > 0);
}

/**
 * Normalised blocks, in the order given. [] when any piece is not a block; validateLocalSubnet
 * says which and why.
 */
export function parseLocalSubnet(text: string): string[] {
	const blocks: string[] = [];
	for (const piece of splitCidrList(text)) {
		const parsed = parseIpv4Cidr(piece);
		if (!parsed) {
			return [];
		}

		blocks.push(parsed.cidr);
	}

	return blocks;
}

/** The API's spelling: comma-separated, no spaces. */
export function formatLocalSubnet(blocks: string[]): string {
	return blocks.join(',');
}

/** Whole seconds within the allowed range, else undefined. Surrounding spaces are tolerated. */
/**
 * Spaces around a number are forgiven; tabs and other control characters are not (String#trim
 * would drop them too, and a lifetime of "\t60" must be refused like any other stray character).
 */
export const trimSpaces = (text: string): string => text.replace(/^ +| +$/gu, '');

export function parseLifetime(text: string): number | undefined {
	const trimmed = trimSpaces(text);
	if (!/^\d{1,6}$/.test(trimmed)) {
		return undefined;
	}

	const seconds = Number(trimmed);
	return seconds >= lifetimeRange.min && seconds <= lifetimeRange.max ? seconds : undefined;
}
