// The remembered field check answers exactly as the field's own rule, whatever order texts and
// surroundings come in (it must never return the answer for an earlier text or surroundings).
import test from 'ava';
import fc from 'fast-check';
import {checkFieldText} from '../../source/domain/fields/field-check.js';
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
