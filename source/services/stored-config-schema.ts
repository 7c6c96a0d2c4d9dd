// The configuration as this program writes it to its own files (camelCase, values as held, never
// the key), read off the field catalogue for the records it reads back: the pending update and
// the runbook plan.
import {z} from 'zod';
import {apiGroups, type ApiGroup, type FieldEntry} from '../domain/fields/field-entry.js';
import {entryOf, fieldsIn, requestParameters} from '../domain/fields/field-names.js';
import type {FieldName, IpsecServerConfig} from '../domain/model.js';

export type StoredConfigOptions = {
	/** How a lifetime is checked (a plan insists on whole seconds). */
	seconds: z.ZodNumber;
	/** Whether a group with a key it does not know is refused. */
	strictGroups: boolean;
};

function storedValue(entry: FieldEntry, options: StoredConfigOptions): z.ZodType {
	switch (entry.kind) {
		case 'choice': {
			return z.enum(entry.values);
		}

		case 'switch': {
			return z.boolean();
		}

		case 'seconds': {
			return options.seconds;
		}

		case 'blocks': {
			return z.array(z.string());
		}

		case 'text':
		case 'secret': {
			return z.string();
		}
	}
}

const shapeOf = (fields: readonly FieldName[], options: StoredConfigOptions): Record<string, z.ZodType> =>
	Object.fromEntries(fields.map(field => [field, storedValue(entryOf(field), options)]));

function groupSchema(group: ApiGroup, options: StoredConfigOptions) {
	const schema = z.object(shapeOf(fieldsIn(group), options));
	return options.strictGroups ? schema.strict() : schema;
}

/** The shape's type: each setting as the configuration types it (the catalogue builds both). */
export type StoredConfigShape = {[K in keyof Omit<IpsecServerConfig, 'psk'>]-?: z.ZodType<IpsecServerConfig[K]>};

/** Every parameter but the key, which is never stored, in the request's order. */
export function storedConfigShape(options: StoredConfigOptions): StoredConfigShape {
	// Built from the catalogue at run time, so typed by the assertion; a test reads every field back.
	return Object.fromEntries(requestParameters.flatMap((parameter): Array<[string, z.ZodType]> => {
		if ('group' in parameter) {
			return [[apiGroups[parameter.group], groupSchema(parameter.group, options)]];
		}

		const entry = entryOf(parameter.field);
		return entry.kind === 'secret' ? [] : [[parameter.field, storedValue(entry, options)]];
	})) as unknown as StoredConfigShape;
}
