// The submitted plan as it is recorded BEFORE UpdateIpsecServer is sent, so a dropped connection or a
// closed terminal can re-attach to it later. The PSK value is never part of it: only whether it changed.
import type {IpsecServerConfig, UpdateIpsecServerParams, UpdatePlan} from '../domain/model.js';

export type PendingUpdate = {
	recordedAt: string;
	regionId: string;
	ipsecServerId: string;
	ipsecServerName: string;
	vpnGatewayId: string;
	clientToken: string;
	synchronous: boolean;
	params: Omit<UpdateIpsecServerParams, 'psk'>;
	pskChanged: boolean;
	/** The configuration expected once the gateway is active again, PSK left out. */
	expected: Omit<IpsecServerConfig, 'psk'>;
};

export function pendingUpdateFromPlan(plan: UpdatePlan, expected: IpsecServerConfig, recordedAt: Date): PendingUpdate {
	const {psk: _planPsk, ...params} = plan.params;
	const {psk: _expectedPsk, ...expectedWithoutPsk} = expected;
	return {
		recordedAt: recordedAt.toISOString(),
		regionId: plan.regionId,
		ipsecServerId: plan.ipsecServerId,
		ipsecServerName: expected.ipsecServerName,
		vpnGatewayId: plan.vpnGatewayId,
		clientToken: plan.clientToken,
		synchronous: plan.synchronous,
		params,
		pskChanged: plan.params.psk !== undefined,
		expected: expectedWithoutPsk,
	};
}

/**
 * The plan and expected config to verify against after re-attaching. The PSK cannot be checked
 * (it was never stored), so the server's own PSK stands in for the expected one.
 */
export function verificationInputsFromPending(pending: PendingUpdate, currentPsk: string): {plan: UpdatePlan; expected: IpsecServerConfig} {
	return {
		plan: {
			regionId: pending.regionId,
			ipsecServerId: pending.ipsecServerId,
			vpnGatewayId: pending.vpnGatewayId,
			clientToken: pending.clientToken,
			synchronous: pending.synchronous,
			params: pending.params,
		},
		expected: {...pending.expected, psk: currentPsk},
	};
}
