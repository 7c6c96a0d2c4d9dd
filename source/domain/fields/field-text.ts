// A field's value as text: what the draft starts from, what a validator is given when
// a whole configuration is judged (so a loaded value meets the same rule as a typed one) and what
// the request carries.
import {formatLocalSubnet} from '../field-parsing.js';

export const textOfValue = (value: string | number | boolean | string[]): string =>
	Array.isArray(value) ? formatLocalSubnet(value) : String(value);
