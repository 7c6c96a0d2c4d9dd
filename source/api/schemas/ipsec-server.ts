// One IpsecServers[] entry of ListIpsecServers (vpc-api.md §2.2): IkeConfig and IpsecConfig are
// nested objects here (JSON strings only in UpdateIpsecServer's request).
import {z} from 'zod';
import {
	authenticationAlgorithms,
	dhGroups,
	encryptionAlgorithms,
	ikeModes,
	ikeVersions,
	ipsecPfsValues,
	type IkeConfig,
	type IpsecConfig,
	type IpsecServer,
} from '../../domain/model.js';
import {apiBoolean, apiInteger, commaSeparatedList, optionalText} from './api-values.js';

export const ikeConfigSchema = z
	.object({
		IkeVersion: z.enum(ikeVersions),
		IkeMode: z.enum(ikeModes),
		IkeEncAlg: z.enum(encryptionAlgorithms),
		IkeAuthAlg: z.enum(authenticationAlgorithms),
		IkePfs: z.enum(dhGroups),
		IkeLifetime: apiInteger,
		// LocalId defaults to the gateway IP and RemoteId to empty; the API may leave both out.
		LocalId: z.string().default(''),
		RemoteId: z.string().default(''),
	})
	.transform(
		(api): IkeConfig => ({
			ikeVersion: api.IkeVersion,
			ikeMode: api.IkeMode,
			ikeEncAlg: api.IkeEncAlg,
			ikeAuthAlg: api.IkeAuthAlg,
			ikePfs: api.IkePfs,
			ikeLifetime: api.IkeLifetime,
			localId: api.LocalId,
			remoteId: api.RemoteId,
		}),
	);

export const ipsecConfigSchema = z
	.object({
		IpsecEncAlg: z.enum(encryptionAlgorithms),
		IpsecAuthAlg: z.enum(authenticationAlgorithms),
		IpsecPfs: z.enum(ipsecPfsValues),
		IpsecLifetime: apiInteger,
	})
	.transform(
		(api): IpsecConfig => ({
			ipsecEncAlg: api.IpsecEncAlg,
			ipsecAuthAlg: api.IpsecAuthAlg,
			ipsecPfs: api.IpsecPfs,
			ipsecLifetime: api.IpsecLifetime,
		}),
	);

export const ipsecServerSchema = z
	.object({
		IpsecServerId: z.string().min(1),
		IpsecServerName: z.string().default(''),
		RegionId: z.string().min(1),
		VpnGatewayId: z.string().min(1),
		ResourceGroupId: optionalText,
		InternetIp: z.string().default(''),
		LocalSubnet: commaSeparatedList,
		ClientIpPool: z.string(),
		CreationTime: z.string().default(''),
		EffectImmediately: apiBoolean.default(false),
		Psk: z.string().default(''),
		// The service reports only `true` (vpc-api.md §2.2); absent means the same.
		PskEnabled: apiBoolean.default(true),
		MultiFactorAuthEnabled: apiBoolean.default(false),
		IDaaSInstanceId: optionalText,
		MaxConnections: apiInteger.default(0),
		OnlineClientCount: apiInteger.default(0),
		IkeConfig: ikeConfigSchema,
		IpsecConfig: ipsecConfigSchema,
	})
	.transform(
		(api): IpsecServer => ({
			ipsecServerId: api.IpsecServerId,
			ipsecServerName: api.IpsecServerName,
			regionId: api.RegionId,
			vpnGatewayId: api.VpnGatewayId,
			...(api.ResourceGroupId === undefined ? {} : {resourceGroupId: api.ResourceGroupId}),
			internetIp: api.InternetIp,
			localSubnet: api.LocalSubnet,
			clientIpPool: api.ClientIpPool,
			creationTime: api.CreationTime,
			effectImmediately: api.EffectImmediately,
			psk: api.Psk,
			pskEnabled: api.PskEnabled,
			multiFactorAuthEnabled: api.MultiFactorAuthEnabled,
			...(api.IDaaSInstanceId === undefined ? {} : {idaasInstanceId: api.IDaaSInstanceId}),
			maxConnections: api.MaxConnections,
			onlineClientCount: api.OnlineClientCount,
			ikeConfig: api.IkeConfig,
			ipsecConfig: api.IpsecConfig,
		}),
	);
