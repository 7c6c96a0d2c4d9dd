// A field's own rule and parser on a text, remembering their recent answers per field: while one
// field is typed into, the draft's checks ask every other field about the same text again on each
// key, and the address rules (CIDR blocks, overlaps) are the costly part of a keystroke. Each key
// asks a field's rule twice, once alone (the draft's parse) and once with the server's
// surroundings (the whole-configuration check), so one remembered answer per field would be
// overwritten before it is asked again; a few are kept. Rules and parsers are pure, so the same
// text and surroundings always get the same answer.
import type {FieldSurroundings, KindValue} from './field-entry.js';
import {typedEntryOf} from './field-names.js';
import type {TypedFieldName} from './field-types.js';

/** Answers kept per field: the two asks of a key, for the text before and after it. */
const keptPerField = 4;

/** `compute` with its last `kept` answers per field remembered, by the text and its context's key. */
export function rememberPerField<Context, Answer>(
	compute: (field: TypedFieldName, text: string, context: Context) => Answer,
	keyOf: (context: Context) => string,
	kept = keptPerField,
): (field: TypedFieldName, text: string, context: Context) => Answer {
	const answers = new Map<TypedFieldName, Map<string, Answer>>();
	return (field, text, context) => {
		let remembered = answers.get(field);
		if (!remembered) {
			remembered = new Map();
			answers.set(field, remembered);
		}

		// The context first, then a separator no CIDR list or number contains.
		const key = `${keyOf(context)}\u0000${text}`;
		if (remembered.has(key)) {
			return remembered.get(key)!;
		}

		const answer = compute(field, text, context);
		remembered.set(key, answer);
		if (remembered.size > kept) {
			// A Map keeps insertion order: the first key is the oldest answer.
			remembered.delete(remembered.keys().next().value!);
		}

		return answer;
	};
}

const surroundingsKeys = new WeakMap<FieldSurroundings, string>();

/** The surroundings spelled as one string, once per surroundings object (a check of the whole configuration asks for every field with the same one). */
function surroundingsKey(surroundings: FieldSurroundings): string {
	let key = surroundingsKeys.get(surroundings);
	if (key === undefined) {
		const {vpcCidrBlocks, localSubnet, otherClientPools} = surroundings;
		key = `${vpcCidrBlocks.join(',')}|${localSubnet.join(',')}|${otherClientPools.join(',')}`;
		surroundingsKeys.set(surroundings, key);
	}

	return key;
}

/** Undefined when the text is acceptable for the field, else its one sentence (the catalogue's validator). */
export const checkFieldText: (field: TypedFieldName, text: string, surroundings: FieldSurroundings) => string | undefined = rememberPerField(
	(field, text, surroundings: FieldSurroundings) => typedEntryOf(field).validate(text, surroundings),
	surroundingsKey,
);

type ParsedValue = KindValue[keyof KindValue] | undefined;

const rememberedParse = rememberPerField((field, text): ParsedValue => typedEntryOf(field).parse(text), () => '');

/** The field's value for a text its validator accepts (the catalogue's parser); a list comes as a copy the caller may change. */
export function parseFieldText(field: TypedFieldName, text: string): ParsedValue {
	const value = rememberedParse(field, text, undefined);
	return Array.isArray(value) ? [...value] : value;
}
