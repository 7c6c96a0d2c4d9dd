// The whole configuration at once: every field's own rule applied to its value, plus the rules
// that involve two fields or the server's surroundings.
import {fieldValue} from './field-values.js';
import {checkFieldText} from './fields/field-check.js';
import {choicesOf, fieldsOfKind, typedEntryOf, typedFields} from './fields/field-names.js';
import {textOfValue} from './fields/field-text.js';
import {quoteInput} from './message-text.js';
import {fieldNames} from './model.js';
import type {FieldName, IpsecServerConfig, ServerContext} from './model.js';

export type FieldIssue = {field: FieldName; message: string};

/** The values each choice field takes (as the API spells them): one list for the wizard's checks and the runbook's --set. */
export const fieldChoices: Partial<Record<FieldName, readonly string[]>> = Object.fromEntries(
	fieldsOfKind('choice').map(field => [field, choicesOf(field)]),
);

function choiceIssues(config: IpsecServerConfig): FieldIssue[] {
	return Object.entries(fieldChoices).flatMap(([name, allowed]) => {
		const field = name as FieldName;
		const value = String(fieldValue(field, config));
		return allowed.includes(value)
			? []
			: [{field, message: `${quoteInput(value)} is not supported here; choose one of ${allowed.join(', ')}.`}];
	});
}

/** True when the server can still authenticate clients without a pre-shared key. */
function hasIdaas(context: ServerContext): boolean {
	return context.multiFactorAuthEnabled && Boolean(context.idaasInstanceId);
}

export function validateConfig(config: IpsecServerConfig, context: ServerContext): FieldIssue[] {
	const surroundings = {vpcCidrBlocks: context.vpcCidrBlocks, localSubnet: config.localSubnet, otherClientPools: context.otherClientPools};
	// Each typed field's own rule, on its value as text; the key only matters while key login is on.
	const checks: Array<[FieldName, string | undefined]> = typedFields
		.filter(field => typedEntryOf(field).kind !== 'secret' || config.pskEnabled)
		.map(field => [field, checkFieldText(field, textOfValue(fieldValue(field, config)), surroundings)]);

	if (config.ikeConfig.ikeMode === 'aggressive' && config.ikeConfig.ikeVersion === 'ikev2') {
		checks.push(['ikeMode', 'Aggressive mode exists only in IKEv1, and IKEv2 has no such mode; choose main mode, or IKE version ikev1.']);
	}

	if (!config.pskEnabled && !hasIdaas(context)) {
		// The service's IllegalParam.AuthMethod: at least one of PSK or IDaaS must be on.
		checks.push(['pskEnabled', 'Clients need a way to prove who they are, and this server has no IDaaS two-factor login set up; keep the pre-shared key on.']);
	}

	const issues = checks.flatMap(([field, message]) => (message ? [{field, message}] : []));
	// In the order the wizard asks for the fields, so the first issue is the first to fix.
	return [...issues, ...choiceIssues(config)]
		.sort((a, b) => fieldNames.indexOf(a.field) - fieldNames.indexOf(b.field));
}
