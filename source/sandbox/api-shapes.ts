// Records rendered the way the service writes them (vpc-api.md §2.2, §4.2, §5.1, §5.3):
// PascalCase, IkeConfig/IpsecConfig as nested objects, epoch-ms times, wrapper objects.
import type {IpsecServer} from '../domain/model.js';
import type {SandboxGateway, SandboxRegion, SandboxVpc} from './sandbox-model.js';

export function apiIpsecServer(server: IpsecServer): Record<string, unknown> {
	return {
		IpsecServerId: server.ipsecServerId,
		IpsecServerName: server.ipsecServerName,
		RegionId: server.regionId,
		VpnGatewayId: server.vpnGatewayId,
		ResourceGroupId: server.resourceGroupId,
		InternetIp: server.internetIp,
		LocalSubnet: server.localSubnet.join(','),
		ClientIpPool: server.clientIpPool,
		CreationTime: server.creationTime,
		EffectImmediately: server.effectImmediately,
		Psk: server.psk,
		PskEnabled: server.pskEnabled,
		MultiFactorAuthEnabled: server.multiFactorAuthEnabled,
		IDaaSInstanceId: server.idaasInstanceId,
		MaxConnections: server.maxConnections,
		OnlineClientCount: server.onlineClientCount,
		IkeConfig: {
			IkeVersion: server.ikeConfig.ikeVersion,
			IkeMode: server.ikeConfig.ikeMode,
			IkeEncAlg: server.ikeConfig.ikeEncAlg,
			IkeAuthAlg: server.ikeConfig.ikeAuthAlg,
			IkePfs: server.ikeConfig.ikePfs,
			IkeLifetime: server.ikeConfig.ikeLifetime,
			LocalId: server.ikeConfig.localId,
			RemoteId: server.ikeConfig.remoteId,
		},
		IpsecConfig: {
			IpsecEncAlg: server.ipsecConfig.ipsecEncAlg,
			IpsecAuthAlg: server.ipsecConfig.ipsecAuthAlg,
			IpsecPfs: server.ipsecConfig.ipsecPfs,
			IpsecLifetime: server.ipsecConfig.ipsecLifetime,
		},
	};
}

export function apiVpnGateway(gateway: SandboxGateway): Record<string, unknown> {
	return {
		VpnGatewayId: gateway.vpnGatewayId,
		Name: gateway.name,
		Description: gateway.description,
		VpcId: gateway.vpcId,
		VSwitchId: gateway.vSwitchId,
		InternetIp: gateway.internetIp,
		Status: gateway.status,
		BusinessStatus: gateway.businessStatus,
		Spec: gateway.spec,
		ChargeType: gateway.chargeType,
		IpsecVpn: gateway.ipsecVpn,
		SslVpn: gateway.sslVpn,
		SslMaxConnections: gateway.sslMaxConnections,
		CreateTime: gateway.createTime,
		EndTime: gateway.endTime,
		EnableBgp: gateway.enableBgp,
		AutoPropagate: gateway.autoPropagate,
		GatewayType: gateway.gatewayType,
		NetworkType: gateway.networkType,
		VpnType: gateway.vpnType,
		ResourceGroupId: gateway.resourceGroupId,
		Tag: JSON.stringify(gateway.systemTags),
		Tags: {Tag: []},
		EniInstanceIds: {EniInstanceId: []},
	};
}

export function apiVpc(vpc: SandboxVpc): Record<string, unknown> {
	return {
		VpcId: vpc.vpcId,
		VpcName: vpc.vpcName,
		RegionId: vpc.regionId,
		Status: 'Available',
		CidrBlock: vpc.cidrBlock,
		SecondaryCidrBlocks: {SecondaryCidrBlock: vpc.secondaryCidrBlocks},
		UserCidrs: {UserCidr: vpc.userCidrs},
		VSwitchIds: {VSwitchId: vpc.vSwitchIds},
		VRouterId: vpc.vRouterId,
		IsDefault: vpc.isDefault,
		Description: vpc.description,
		CreationTime: vpc.creationTime,
		ResourceGroupId: vpc.resourceGroupId,
		ClassicLinkEnabled: false,
		EnabledIpv6: false,
		Ipv6CidrBlocks: {Ipv6CidrBlock: []},
		Tags: {Tag: []},
	};
}

export function apiRegion(region: SandboxRegion, language: 'zh-CN' | 'en-US'): Record<string, unknown> {
	return {
		RegionId: region.regionId,
		LocalName: language === 'en-US' ? region.localNameEn : region.localName,
		RegionEndpoint: region.regionEndpoint,
	};
}
