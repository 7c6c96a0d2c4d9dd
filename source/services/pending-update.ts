// The submitted plan as it is recorded BEFORE UpdateIpsecServer is sent, so a dropped connection or a
// closed terminal can re-attach to it later. The PSK value is never part of it: only whether it changed.
import {z} from 'zod';
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

const ikeConfigSchema = z.object({
	ikeVersion: z.enum(['ikev1', 'ikev2']),
	ikeMode: z.enum(['main', 'aggressive']),
	ikeEncAlg: z.enum(['aes', 'aes192', 'aes256', 'des', '3des']),
	ikeAuthAlg: z.enum(['md5', 'sha1', 'sha256', 'sha384', 'sha512']),
	ikePfs: z.enum(['group1', 'group2', 'group5', 'group14']),
	ikeLifetime: z.number(),
	localId: z.string(),
	remoteId: z.string(),
});

const ipsecConfigSchema = z.object({
	ipsecEncAlg: z.enum(['aes', 'aes192', 'aes256', 'des', '3des']),
	ipsecAuthAlg: z.enum(['md5', 'sha1', 'sha256', 'sha384', 'sha512']),
	ipsecPfs: z.enum(['disabled', 'group1', 'group2', 'group5', 'group14']),
	ipsecLifetime: z.number(),
});

const configFields = {
	ipsecServerName: z.string(),
	localSubnet: z.array(z.string()),
	clientIpPool: z.string(),
	effectImmediately: z.boolean(),
	ikeConfig: ikeConfigSchema,
	ipsecConfig: ipsecConfigSchema,
	pskEnabled: z.boolean(),
};

export const pendingUpdateSchema = z.object({
	recordedAt: z.string(),
	regionId: z.string(),
	ipsecServerId: z.string(),
	ipsecServerName: z.string(),
	vpnGatewayId: z.string(),
	clientToken: z.string(),
	synchronous: z.boolean(),
	params: z.object(configFields).partial().strict(),
	pskChanged: z.boolean(),
	expected: z.object(configFields).strict(),
});
