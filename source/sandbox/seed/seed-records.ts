// Builders that fill the fields every seeded record shares, so the seed files only say what is
// particular about each resource.
import type {IpsecServer} from '../../domain/model.js';
import type {SandboxGateway, SandboxVpc} from '../sandbox-model.js';

/** 2099-12-31T23:59:59Z, what pay-as-you-go gateways report as EndTime. */
const postpayEndTime = 4_102_444_799_000;

export type GatewaySeed = Pick<SandboxGateway, 'vpnGatewayId' | 'name' | 'vpcId' | 'vSwitchId' | 'internetIp' | 'regionId' | 'createTime'>
	& Partial<SandboxGateway>;

export function gatewayRecord(seed: GatewaySeed): SandboxGateway {
	return {
		description: '',
		status: 'active',
		businessStatus: 'Normal',
		spec: '10M',
		ipsecVpn: 'enable',
		sslVpn: 'enable',
		sslMaxConnections: 20,
		endTime: postpayEndTime,
		resourceGroupId: 'rg-acfmzs372yg5sa1',
		chargeType: 'POSTPAY',
		gatewayType: 'Traditional',
		networkType: 'public',
		vpnType: 'Normal',
		enableBgp: false,
		autoPropagate: false,
		systemTags: {VisuallySsl: 'true', PbrPriority: 'true', VpnNewImage: 'true', VpnVersion: 'v1.2.4', IDaaSNewVersion: 'true'},
		sslClientPools: [],
		connectionCustomerNetworks: [],
		...seed,
	};
}

export type VpcSeed = Pick<SandboxVpc, 'vpcId' | 'vpcName' | 'regionId' | 'cidrBlock' | 'creationTime' | 'vRouterId' | 'vSwitchIds'>
	& Partial<SandboxVpc>;

export function vpcRecord(seed: VpcSeed): SandboxVpc {
	return {
		secondaryCidrBlocks: [],
		userCidrs: [],
		description: '',
		isDefault: false,
		resourceGroupId: 'rg-acfmzs372yg5sa1',
		...seed,
	};
}

export type ServerSeed = Pick<IpsecServer, 'ipsecServerId' | 'ipsecServerName' | 'regionId' | 'vpnGatewayId' | 'internetIp'
	| 'creationTime' | 'localSubnet' | 'clientIpPool' | 'psk'>
	& Partial<Omit<IpsecServer, 'ikeConfig' | 'ipsecConfig'>>
	& {ikeConfig?: Partial<IpsecServer['ikeConfig']>; ipsecConfig?: Partial<IpsecServer['ipsecConfig']>};

export function serverRecord(seed: ServerSeed): IpsecServer {
	return {
		resourceGroupId: 'rg-acfmzs372yg5sa1',
		effectImmediately: false,
		pskEnabled: true,
		multiFactorAuthEnabled: false,
		maxConnections: 20,
		onlineClientCount: 0,
		...seed,
		ikeConfig: {
			ikeVersion: 'ikev2',
			ikeMode: 'main',
			ikeEncAlg: 'aes',
			ikeAuthAlg: 'sha1',
			ikePfs: 'group2',
			ikeLifetime: 86_400,
			localId: seed.internetIp,
			remoteId: '',
			...seed.ikeConfig,
		},
		ipsecConfig: {
			ipsecEncAlg: 'aes',
			ipsecAuthAlg: 'sha1',
			ipsecPfs: 'group2',
			ipsecLifetime: 86_400,
			...seed.ipsecConfig,
		},
	};
}
