// The exact UpdateIpsecServer call for an edit, and what the server looks like once it is applied.
import {diffConfig, type ConfigDiff} from './diff.js';
import type {IpsecServerConfig, ServerContext, UpdateIpsecServerParams, UpdatePlan} from './model.js';
import {copyConfig, copyOfValue} from './field-values.js';
import {fieldsIn, parameterKey, requestParameters, type RequestParameter} from './fields/field-names.js';
import type {FieldName} from './model.js';

export {planToCliCommand} from './cli-command.js';

function changedFields(diff: ConfigDiff): Set<FieldName> {
	return new Set(diff.changes.map(change => change.field));
}

/**
 * Only what changed is sent, except that IkeConfig and IpsecConfig always go whole: how the service
 * merges a partial object is undocumented, so when one Phase 1 field changes, the current values
 * plus the edit are sent together. Undefined when there is nothing to change. `diff`: the pair's
 * diff when the caller already has it (the review), so it is not worked out again.
 */
export function planUpdate(loaded: IpsecServerConfig, edited: IpsecServerConfig, context: ServerContext, clientToken: string, diff: ConfigDiff = diffConfig(loaded, edited, context)): UpdatePlan | undefined {
	const changed = changedFields(diff);
	if (changed.size === 0) {
		return undefined;
	}

	const synchronous = changed.size === 1 && changed.has('ipsecServerName');
	const sent = (parameter: RequestParameter): boolean => {
		if ('group' in parameter) {
			return fieldsIn(parameter.group).some(field => changed.has(field));
		}

		// EffectImmediately is stored on the server, but the service reads it as "renegotiate after
		// this change?" and treats a missing value as false. So it is sent when it changed, and also
		// when it is on for an asynchronous change: otherwise a server that already has it on could
		// quietly wait for traffic while the review promised an immediate switch. An unchanged false
		// is left out, since the default already says the same.
		return changed.has(parameter.field) || (parameter.field === 'effectImmediately' && !synchronous && edited.effectImmediately);
	};

	// A group goes whole: the edited object holds the current values plus the edit.
	const params: UpdateIpsecServerParams = Object.fromEntries(requestParameters.filter(sent).map(parameter => {
		const key = parameterKey(parameter);
		return [key, copyOfValue(edited[key])];
	}));

	return {
		regionId: context.regionId,
		ipsecServerId: context.ipsecServerId,
		vpnGatewayId: context.vpnGatewayId,
		clientToken,
		params,
		synchronous,
	};
}

/** The configuration the server should have once the plan is applied. */
export function applyPlan(loaded: IpsecServerConfig, plan: UpdatePlan): IpsecServerConfig {
	return copyConfig(loaded, plan.params);
}
