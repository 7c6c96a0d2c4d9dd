// A field's own rule on a text, remembering its last answer per field: while one field is typed
// into, the draft's checks ask every other field's rule about the same text again on each key, and
// the address rules (CIDR blocks, overlaps) are the costly part of a keystroke. Rules are pure, so
// the same text and surroundings always get the same answer.
import type {FieldSurroundings} from './field-entry.js';
import {typedEntryOf} from './field-names.js';
import type {TypedFieldName} from './field-types.js';

type Remembered = {text: string; around: string; message: string | undefined};

const lastAnswer = new Map<TypedFieldName, Remembered>();

const aroundKey = ({vpcCidrBlocks, localSubnet, otherClientPools}: FieldSurroundings): string =>
	`${vpcCidrBlocks.join(',')}|${localSubnet.join(',')}|${otherClientPools.join(',')}`;

/** Undefined when the text is acceptable for the field, else its one sentence (the catalogue's validator). */
export function checkFieldText(field: TypedFieldName, text: string, surroundings: FieldSurroundings): string | undefined {
	const around = aroundKey(surroundings);
	const remembered = lastAnswer.get(field);
	if (remembered && remembered.text === text && remembered.around === around) {
		return remembered.message;
	}

	const message = typedEntryOf(field).validate(text, surroundings);
	lastAnswer.set(field, {text, around, message});
	return message;
}
