// The remembered field check and parser answer exactly as the field's own rule and parser, whatever
// order texts and surroundings come in (never the answer for an earlier text or surroundings), and
// a keystroke's two asks of each field (alone, then with the server's surroundings) stay remembered.
import test from 'ava';
import fc from 'fast-check';
import {checkFieldText, parseFieldText, rememberPerField} from '../../source/domain/fields/field-check.js';
import {typedEntryOf, typedFields} from '../../source/domain/fields/field-names.js';

const texts = ['10.10.0.0/24', '192.168.0.0/16', '10.0.0.0/8', '', 'x', '3600', '86400', '0086400', 'office-vpn', '47.100.1.2', '192.168.0.0/24,192.168.1.0/24'];
const blocks = [[], ['10.0.0.0/8'], ['192.168.0.0/16'], ['10.10.0.0/24', '172.16.0.0/12']];

test('the remembered answer is always the rule\'s own answer', t => {
	fc.assert(
		fc.property(
			fc.array(
				fc.record({
					field: fc.constantFrom(...typedFields),
					text: fc.constantFrom(...texts),
					vpc: fc.constantFrom(...blocks),
					local: fc.constantFrom(...blocks),
					others: fc.constantFrom(...blocks),
				}),
				{minLength: 1, maxLength: 30},
			),
			asks => {
				for (const {field, text, vpc, local, others} of asks) {
					const surroundings = {vpcCidrBlocks: vpc, localSubnet: local, otherClientPools: others};
					if (checkFieldText(field, text, surroundings) !== typedEntryOf(field).validate(text, surroundings)) {
						return false;
					}
				}

				return true;
			},
		),
	);
	t.pass();
});

test('the remembered parse is always the parser\'s own value, and a list is the caller\'s to change', t => {
	fc.assert(
		fc.property(fc.array(fc.record({field: fc.constantFrom(...typedFields), text: fc.constantFrom(...texts)}), {minLength: 1, maxLength: 30}), asks => {
			for (const {field, text} of asks) {
				const value = parseFieldText(field, text);
				t.deepEqual(value, typedEntryOf(field).parse(text));
				if (Array.isArray(value)) {
					value.push('changed by the caller');
				}
			}
		}),
	);
});

test('a field asked alone and then with its surroundings, key after key, is worked out once per text', t => {
	const computed: string[] = [];
	const check = rememberPerField((field, text, around: string) => {
		computed.push(`${text}@${around}`);
		return `${field}:${text}`;
	}, around => around);
	// Three keystrokes typed into another field: this one's text stays, asked both ways each time.
	for (let key = 0; key < 3; key++) {
		t.is(check('localSubnet', '10.0.0.0/8', 'alone'), 'localSubnet:10.0.0.0/8');
		t.is(check('localSubnet', '10.0.0.0/8', 'vpc'), 'localSubnet:10.0.0.0/8');
	}

	t.deepEqual(computed, ['10.0.0.0/8@alone', '10.0.0.0/8@vpc']);
});

test('the oldest answer is the one let go', t => {
	let computed = 0;
	const check = rememberPerField((_field, text: string) => {
		computed++;
		return text.length;
	}, () => '', 2);
	check('ipsecServerName', 'a', undefined);
	check('ipsecServerName', 'ab', undefined);
	check('ipsecServerName', 'abc', undefined); // lets `a` go
	check('ipsecServerName', 'ab', undefined);
	t.is(computed, 3);
	check('ipsecServerName', 'a', undefined);
	t.is(computed, 4);
});
