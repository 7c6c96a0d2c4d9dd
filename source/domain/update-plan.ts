// The exact UpdateIpsecServer call for an edit, and what the server looks like once it is applied.
import {diffConfig} from './diff.js';
import type {IpsecServerConfig, ServerContext, UpdateIpsecServerParams, UpdatePlan} from './model.js';
import {ikeFields, ipsecFields} from './field-values.js';
import type {FieldName} from './model.js';

export {planToCliCommand} from './cli-command.js';

function changedFields(loaded: IpsecServerConfig, edited: IpsecServerConfig, context: ServerContext): Set<FieldName> {
	return new Set(diffConfig(loaded, edited, context).changes.map(change => change.field));
}

/**
 * Only what changed is sent, except that IkeConfig and IpsecConfig always go whole: how the service
 * merges a partial object is undocumented, so when one Phase 1 field changes, the current values
 * plus the edit are sent together. Undefined when there is nothing to change.
 */
export function planUpdate(loaded: IpsecServerConfig, edited: IpsecServerConfig, context: ServerContext, clientToken: string): UpdatePlan | undefined {
	const changed = changedFields(loaded, edited, context);
	if (changed.size === 0) {
		return undefined;
	}

	const synchronous = changed.size === 1 && changed.has('ipsecServerName');
	const params: UpdateIpsecServerParams = {};
	if (changed.has('ipsecServerName')) {
		params.ipsecServerName = edited.ipsecServerName;
	}

	if (changed.has('localSubnet')) {
		params.localSubnet = [...edited.localSubnet];
	}

	if (changed.has('clientIpPool')) {
		params.clientIpPool = edited.clientIpPool;
	}

	// EffectImmediately is stored on the server, but the service reads it as "renegotiate after
	// this change?" and treats a missing value as false. So it is sent when it changed, and also
	// when it is on for an asynchronous change: otherwise a server that already has it on could
	// quietly wait for traffic while the review promised an immediate switch. An unchanged false
	// is left out, since the default already says the same.
	if (changed.has('effectImmediately') || (!synchronous && edited.effectImmediately)) {
		params.effectImmediately = edited.effectImmediately;
	}

	if (ikeFields.some(field => changed.has(field))) {
		params.ikeConfig = {...loaded.ikeConfig, ...edited.ikeConfig};
	}

	if (ipsecFields.some(field => changed.has(field))) {
		params.ipsecConfig = {...loaded.ipsecConfig, ...edited.ipsecConfig};
	}

	if (changed.has('pskEnabled')) {
		params.pskEnabled = edited.pskEnabled;
	}

	if (changed.has('psk')) {
		params.psk = edited.psk;
	}

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
	const {params} = plan;
	return {
		ipsecServerName: params.ipsecServerName ?? loaded.ipsecServerName,
		localSubnet: [...(params.localSubnet ?? loaded.localSubnet)],
		clientIpPool: params.clientIpPool ?? loaded.clientIpPool,
		effectImmediately: params.effectImmediately ?? loaded.effectImmediately,
		ikeConfig: {...(params.ikeConfig ?? loaded.ikeConfig)},
		ipsecConfig: {...(params.ipsecConfig ?? loaded.ipsecConfig)},
		pskEnabled: params.pskEnabled ?? loaded.pskEnabled,
		psk: params.psk ?? loaded.psk,
	};
}
