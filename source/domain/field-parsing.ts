// Text the user typed <-> the values the configuration holds.
import {parseIpv4Cidr} from './cidr.js';
import {lifetimeRange} from './fields/allowed-values.js';

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

/**
 * Spaces around a number are forgiven; tabs and other control characters are not (String#trim
 * would drop them too, and a lifetime of "\t60" must be refused like any other stray character).
 */
export const trimSpaces = (text: string): string => text.replace(/^ +| +$/gu, '');

/** What a lifetime text is: whole seconds in range, or the one thing wrong with it. */
export type LifetimeReading =
	| {kind: 'seconds'; seconds: number}
	| {kind: 'empty' | 'sign' | 'decimals' | 'unit' | 'other'; trimmed: string}
	| {kind: 'too-long' | 'leading-zeros'; trimmed: string; digits: string};

/**
 * The one reading of a lifetime text: parseLifetime and validateLifetime both come from it, so a
 * text is never accepted by one and refused by the other.
 */
export function readLifetime(text: string): LifetimeReading {
	const trimmed = trimSpaces(text);
	if (trimmed.length === 0) {
		return {kind: 'empty', trimmed};
	}

	if (/^\d+$/.test(trimmed)) {
		// Compared as text: a run of digits too long for a Number is still too long.
		const digits = trimmed.replace(/^0+(?=\d)/u, '');
		if (digits.length > String(lifetimeRange.max).length || Number(digits) > lifetimeRange.max) {
			return {kind: 'too-long', trimmed, digits};
		}

		// Refused rather than read as the number, so what is sent is always what the field shows.
		return digits === trimmed ? {kind: 'seconds', seconds: Number(digits)} : {kind: 'leading-zeros', trimmed, digits};
	}

	if (/^[+-]/.test(trimmed)) {
		return {kind: 'sign', trimmed};
	}

	if (/^\d*[.,]\d*$/.test(trimmed)) {
		return {kind: 'decimals', trimmed};
	}

	return /^\d+\s*\p{L}+$/u.test(trimmed) ? {kind: 'unit', trimmed} : {kind: 'other', trimmed};
}

/** Whole seconds within the allowed range, else undefined (validateLifetime says why). */
export function parseLifetime(text: string): number | undefined {
	const reading = readLifetime(text);
	return reading.kind === 'seconds' ? reading.seconds : undefined;
}
