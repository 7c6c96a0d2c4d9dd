// After the gateway is active again: does the re-read server hold what the plan set?
import {describeValue, fieldInfo} from './field-info.js';
import {fieldValue} from './field-values.js';
import {fieldsIn, parameterKey, requestParameters} from './fields/field-names.js';
import type {FieldValue} from './field-values.js';
import type {FieldName, IpsecServer, IpsecServerConfig, UpdateIpsecServerParams, UpdatePlan} from './model.js';
import {configFromServer} from './server-config.js';

export type Verification = {
	verified: boolean;
	mismatches: Array<{field: FieldName; label: string; expected: string; actual: string}>;
};

/** The fields each parameter of the plan sets (a group sets all of its own). */
const fieldsOfParam = Object.fromEntries(requestParameters.map(parameter => [
	parameterKey(parameter),
	'group' in parameter ? fieldsIn(parameter.group) : [parameter.field],
])) as Record<keyof UpdateIpsecServerParams, readonly FieldName[]>;

/**
 * How the re-read key is judged when the plan's key itself is not at hand (a re-attach: only a
 * salted hash of it was kept). Its presence means the plan changes the key.
 */
export type KeyCheck = (actualPsk: string) => boolean;

export function plannedFields(plan: UpdatePlan, keyCheck?: KeyCheck): FieldName[] {
	const fields = (Object.keys(plan.params) as Array<keyof UpdateIpsecServerParams>)
		.filter(param => plan.params[param] !== undefined)
		.flatMap(param => fieldsOfParam[param]);
	return keyCheck && !fields.includes('psk') ? [...fields, 'psk'] : fields;
}

// LocalSubnet is a set of blocks: the service may hand them back in another order.
function matches(expected: FieldValue, actual: FieldValue): boolean {
	if (Array.isArray(expected) && Array.isArray(actual)) {
		return [...expected].sort().join(',') === [...actual].sort().join(',');
	}

	return expected === actual;
}

/** Whether the re-read value of `field` is the plan's. */
export function holdsPlanned(field: FieldName, expected: IpsecServerConfig, actual: IpsecServerConfig, keyCheck?: KeyCheck): boolean {
	return field === 'psk' && keyCheck ? keyCheck(actual.psk) : matches(fieldValue(field, expected), fieldValue(field, actual));
}

export const sameFieldValue = (field: FieldName, a: IpsecServerConfig, b: IpsecServerConfig): boolean => matches(fieldValue(field, a), fieldValue(field, b));

export function verifyApplied(plan: UpdatePlan, expected: IpsecServerConfig, reread: IpsecServer, keyCheck?: KeyCheck): Verification {
	const actual = configFromServer(reread);
	const mismatches = plannedFields(plan, keyCheck)
		.filter(field => !holdsPlanned(field, expected, actual, keyCheck))
		.map(field => ({
			field,
			label: fieldInfo[field].label,
			// A key that did not take is reported as such, never shown.
			expected: field === 'psk' ? 'the new key' : describeValue(field, expected),
			actual: field === 'psk' ? 'differs' : describeValue(field, actual),
		}));
	return {verified: mismatches.length === 0, mismatches};
}
