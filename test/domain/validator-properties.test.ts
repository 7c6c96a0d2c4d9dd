// Whatever a person types or pastes, validators answer instead of throwing, and bad input always
// gets a message.
import test from 'ava';
import fc from 'fast-check';
import {parseLifetime, parseLocalSubnet} from '../../source/domain/field-parsing.js';
import {
	validateClientIpPool,
	validateIpsecServerName,
	validateLifetime,
	validateLocalId,
	validateLocalSubnet,
	validatePsk,
	validateRemoteId,
} from '../../source/domain/field-validation.js';
import {cidrArbitrary} from './arbitraries.js';
import {context} from './fixtures.js';

const poolContext = {vpcCidrBlocks: context.vpcCidrBlocks, localSubnet: ['192.168.0.0/24'], otherClientPools: context.otherClientPools};
const validators: Array<[string, (text: string) => string | undefined]> = [
	['name', validateIpsecServerName],
	['localSubnet', validateLocalSubnet],
	['clientIpPool', text => validateClientIpPool(text, poolContext)],
	['lifetime', validateLifetime],
	['localId', validateLocalId],
	['remoteId', validateRemoteId],
	['psk', validatePsk],
];

// Arbitrary text of every kind: full Unicode, lone surrogates, and strings near the formats.
const anyText = fc.oneof(
	fc.string({unit: 'binary', maxLength: 300}),
	fc.string({unit: 'grapheme', maxLength: 120}),
	fc.string({unit: fc.constantFrom(...'0123456789./,: -+e'), maxLength: 40}),
	fc.string({maxLength: 120}),
);

function isOneSentence(message: string): boolean {
	return message.length > 0 && !/[\n\r]/.test(message) && /[.?]$/.test(message);
}

test('validators never throw and answer with undefined or one sentence', t => {
	fc.assert(fc.property(anyText, text => {
		for (const [, validate] of validators) {
			const message = validate(text);
			if (message !== undefined && !isOneSentence(message)) {
				return false;
			}
		}

		return true;
	}));
	t.pass();
});

test('text with a character no field allows always gets a message', t => {
	// A letter outside ASCII, a control character or a space: none of these fields accept them all.
	const bad = fc.tuple(fc.string(), fc.constantFrom('ü', '\t', '\u0000', '€', '😀'), fc.string())
		.map(([before, character, after]) => `${before}${character}${after}`);
	fc.assert(fc.property(bad, text => {
		for (const [name, validate] of validators) {
			if (name !== 'name' && validate(text) === undefined) {
				return false;
			}
		}

		return true;
	}));
	t.pass();
});

test('a lifetime is valid exactly when it parses', t => {
	fc.assert(fc.property(anyText, text => (validateLifetime(text) === undefined) === (parseLifetime(text) !== undefined)));
	fc.assert(fc.property(fc.integer({min: 0, max: 86_400}), seconds => validateLifetime(String(seconds)) === undefined));
	fc.assert(fc.property(fc.integer({min: 86_401}), seconds => validateLifetime(String(seconds)) !== undefined));
	fc.assert(fc.property(fc.integer({max: -1}), seconds => validateLifetime(String(seconds)) !== undefined));
	t.pass();
});

// Lifetimes as people type or paste them: leading zeros, long runs of digits, spaces, signs, units.
const lifetimeText = fc.oneof(
	fc.tuple(fc.string({unit: fc.constant('0'), minLength: 1, maxLength: 4}), fc.integer({min: 0, max: 200_000})).map(([zeros, seconds]) => `${zeros}${seconds}`),
	fc.string({unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 12}),
	fc.tuple(fc.constantFrom('', ' ', '  ', '+', '-'), fc.nat({max: 100_000}), fc.constantFrom('', ' ', 's', 'h', '.5', ',0')).map(([before, seconds, after]) => `${before}${seconds}${after}`),
	fc.string({unit: fc.constantFrom(...'0123456789 .,+-sh'), maxLength: 12}),
);

test('every lifetime text either parses or gets a sentence saying what is wrong and what to type', t => {
	fc.assert(fc.property(lifetimeText, text => {
		const message = validateLifetime(text);
		const parsed = parseLifetime(text);
		// Valid exactly when it parses, so the edit steps never fall back to a vague message.
		if ((message === undefined) !== (parsed !== undefined)) {
			return false;
		}

		// Digits only but not as they should be typed: the sentence names what to type instead.
		const digits = text.trim();
		if (message !== undefined && /^0\d+$/.test(digits) && Number(digits) <= 86_400) {
			return message.includes(String(Number(digits)));
		}

		return message === undefined || isOneSentence(message);
	}));
	t.regex(validateLifetime('0086400') ?? '', /^0086400 has leading zeros; type 86400\.$/);
	t.is(parseLifetime('0086400'), undefined);
});

test('an accepted LocalSubnet always parses to at least one block', t => {
	fc.assert(fc.property(anyText, text => validateLocalSubnet(text) !== undefined || parseLocalSubnet(text).length > 0));
	t.pass();
});

test('a block with host bits always gets the normalised block offered', t => {
	fc.assert(fc.property(fc.ipV4(), fc.integer({min: 0, max: 31}), (address, prefix) => {
		const text = `${address}/${prefix}`;
		const message = validateLocalSubnet(text);
		return message === undefined || message.endsWith('?') === message.includes('did you mean');
	}));
	t.pass();
});

test('any free normalised block of /16 to /29 is a valid client pool', t => {
	fc.assert(fc.property(cidrArbitrary(16, 29), pool => validateClientIpPool(pool, {vpcCidrBlocks: [], localSubnet: [], otherClientPools: []}) === undefined));
	t.pass();
});

test('a name starting with http:// or https:// or longer than 100 characters is refused', t => {
	fc.assert(fc.property(fc.constantFrom('http://', 'https://', 'HTTPS://'), fc.string(), (scheme, rest) => validateIpsecServerName(scheme + rest) !== undefined));
	fc.assert(fc.property(fc.string({unit: 'grapheme-ascii', minLength: 101, maxLength: 300}), name => validateIpsecServerName(name) !== undefined));
	t.pass();
});
