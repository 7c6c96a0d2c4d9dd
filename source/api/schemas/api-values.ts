// How the VPC API spells scalar values in JSON, with the leniency the generated SDK shows
// (vpc-api.md §9: numbers may come as digit strings, booleans as "true"/"false").
import {z} from 'zod';

export const apiInteger = z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]);

export const apiBoolean = z.union([z.boolean(), z.enum(['true', 'false']).transform(value => value === 'true')]);

/** A string the API leaves out or sends empty when there is nothing to say (NextToken, RemoteId…). */
export const optionalText = z
	.string()
	.optional()
	.transform(value => (value === undefined || value === '' ? undefined : value));

/** `192.168.1.0/24,192.168.2.0/24` → the blocks, in order. */
export const commaSeparatedList = z.string().transform(value =>
	value
		.split(',')
		.map(item => item.trim())
		.filter(item => item !== ''),
);

/** Every answer carries one; its absence means the answer did not come from the API. */
export const requestId = z.string().min(1);
