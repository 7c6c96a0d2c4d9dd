// A realistic server to edit: one VPC with a secondary block, a second IPsec server on the same
// gateway, three clients online.
import {defaultIkeConfig, defaultIpsecConfig} from '../../source/domain/model.js';
import type {IpsecServer, IpsecServerConfig, ServerContext, Vpc} from '../../source/domain/model.js';

export const secretPsk = 'Xk7pQ2mZ9rT4vW8yB3nC6dF5gH2jK4Lm';

export const loadedConfig: IpsecServerConfig = {
	ipsecServerName: 'office-vpn',
	localSubnet: ['192.168.0.0/24'],
	clientIpPool: '10.10.0.0/24',
	effectImmediately: false,
	ikeConfig: {...defaultIkeConfig, localId: '47.100.1.2'},
	ipsecConfig: {...defaultIpsecConfig},
	pskEnabled: true,
	psk: secretPsk,
};

export const context: ServerContext = {
	ipsecServerId: 'iss-bp1bo3xuvcxo7ixll0001',
	regionId: 'cn-hangzhou',
	vpnGatewayId: 'vpn-bp17lofy9fd0ab01',
	gatewayInternetIp: '47.100.1.2',
	vpcCidrBlocks: ['192.168.0.0/16', '172.16.0.0/16'],
	otherClientPools: ['10.20.0.0/24'],
	onlineClientCount: 3,
	multiFactorAuthEnabled: false,
};

export const vpc: Vpc = {
	vpcId: 'vpc-bp1office',
	vpcName: 'office',
	regionId: 'cn-hangzhou',
	cidrBlock: '192.168.0.0/16',
	secondaryCidrBlocks: ['172.16.0.0/16'],
	userCidrs: [],
};

export const server: IpsecServer = {
	...loadedConfig,
	ikeConfig: {...loadedConfig.ikeConfig},
	ipsecConfig: {...loadedConfig.ipsecConfig},
	localSubnet: [...loadedConfig.localSubnet],
	ipsecServerId: context.ipsecServerId,
	regionId: context.regionId,
	vpnGatewayId: context.vpnGatewayId,
	internetIp: '47.100.1.2',
	creationTime: '2026-02-22T07:54:38Z',
	multiFactorAuthEnabled: false,
	maxConnections: 10,
	onlineClientCount: 3,
};

export const otherServer: IpsecServer = {
	...server,
	ipsecServerId: 'iss-bp1other0002',
	ipsecServerName: 'lab-vpn',
	clientIpPool: '10.20.0.0/24',
};

/** The loaded config with some fields changed, nested objects copied. */
export function edit(changes: Partial<IpsecServerConfig> & {ike?: Partial<IpsecServerConfig['ikeConfig']>; ipsec?: Partial<IpsecServerConfig['ipsecConfig']>}): IpsecServerConfig {
	const {ike, ipsec, ...top} = changes;
	return {
		...loadedConfig,
		localSubnet: [...loadedConfig.localSubnet],
		...top,
		ikeConfig: {...loadedConfig.ikeConfig, ...top.ikeConfig, ...ike},
		ipsecConfig: {...loadedConfig.ipsecConfig, ...top.ipsecConfig, ...ipsec},
	};
}
