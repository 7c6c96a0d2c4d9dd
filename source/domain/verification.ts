// After the gateway is active again: does the re-read server hold what the plan set?
import {describeValue, fieldInfo} from './field-info.js';
import {fieldValue, ikeFields, ipsecFields} from './field-values.js';
import type {FieldValue} from './field-values.js';
import type {FieldName, IpsecServer, IpsecServerConfig, UpdateIpsecServerParams, UpdatePlan} from './model.js';
import {configFromServer} from './server-config.js';

export type Verification = {
	verified: boolean;
	mismatches: Array<{field: FieldName; label: string; expected: string; actual: string}>;
};

const fieldsOfParam: Record<keyof UpdateIpsecServerParams, readonly FieldName[]> = {
	ipsecServerName: ['ipsecServerName'],
	localSubnet: ['localSubnet'],
	clientIpPool: ['clientIpPool'],
	effectImmediately: ['effectImmediately'],
	ikeConfig: ikeFields,
	ipsecConfig: ipsecFields,
	pskEnabled: ['pskEnabled'],
	psk: ['psk'],
};

function plannedFields(plan: UpdatePlan): FieldName[] {
	return (Object.keys(plan.params) as Array<keyof UpdateIpsecServerParams>)
		.filter(param => plan.params[param] !== undefined)
		.flatMap(param => fieldsOfParam[param]);
}

// LocalSubnet is a set of blocks: the service may hand them back in another order.
function matches(expected: FieldValue, actual: FieldValue): boolean {
	if (Array.isArray(expected) && Array.isArray(actual)) {
		return [...expected].sort().join(',') === [...actual].sort().join(',');
	}

	return expected === actual;
}

export function verifyApplied(plan: UpdatePlan, expected: IpsecServerConfig, reread: IpsecServer): Verification {
	const actual = configFromServer(reread);
	const mismatches = plannedFields(plan)
		.filter(field => !matches(fieldValue(field, expected), fieldValue(field, actual)))
		.map(field => ({
			field,
			label: fieldInfo[field].label,
			// A key that did not take is reported as such, never shown.
			expected: field === 'psk' ? 'the new key' : describeValue(field, expected),
			actual: field === 'psk' ? 'differs' : describeValue(field, actual),
		}));
	return {verified: mismatches.length === 0, mismatches};
}
