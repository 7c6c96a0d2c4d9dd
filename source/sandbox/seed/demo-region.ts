// cn-hangzhou, the demo region: seven IPsec servers, one per gateway (the service allows one per
// gateway), each showing something the wizard must handle. Documentation address ranges only.
// The CJK-named one is last, so every other server keeps its place in the list.
import type {SandboxData} from '../sandbox-model.js';
import {gatewayRecord, serverRecord, vpcRecord} from './seed-records.js';

const regionId = 'cn-hangzhou';

export const demoServerIds = {
	/** ikev1 aggressive, des/md5, group1: everything a review should flag. */
	legacy: 'iss-bp1c5g8j2l4n7p9r1t3v6',
	/** 12 clients online: an immediate renegotiation drops them. */
	busy: 'iss-bp1e3r5t7y9u1i2o4p6a8',
	/** On a FinancialLocked gateway: every change is refused. */
	financialLocked: 'iss-bp1w2e4r6t8y0u9i7o5p3',
	/** IDaaS two-factor authentication on, so PskEnabled=false is allowed. */
	twoFactor: 'iss-bp1z8x6c4v2b0n9m7l5k3',
	/** Already on recommended algorithms. */
	modern: 'iss-bp1x1c3v5b7n9m2a4s6d8',
	/** Gateway with an SSL-VPN pool and VPN connections; VPC with two secondary CIDRs. */
	crowdedGateway: 'iss-bp1f6g8h0j2k4l1z3x5c7',
	/** A Chinese name (two terminal cells a character): every column and cut must count cells. */
	wideName: 'iss-bp1k7m3n9q2w5e8r1t4y6',
} as const;

/** The wide-character name, as a customer in mainland China would call it. */
export const wideServerName = '总部VPN-客户端-测试';

const vpcs = {
	hq: vpcRecord({
		vpcId: 'vpc-bp1k2x7d9m3q5w8e1r4t6', vpcName: 'hq-core', regionId, cidrBlock: '192.168.0.0/16',
		secondaryCidrBlocks: ['172.20.0.0/16'], creationTime: '2021-03-02T08:14:51Z',
		vRouterId: 'vrt-bp1r7t2y5u8i1o4p6a9s3', vSwitchIds: ['vsw-bp1d4f6g8h0j2k3l5z7x9', 'vsw-bp1q2w3e4r5t6y7u8i9o0'],
	}),
	apps: vpcRecord({
		vpcId: 'vpc-bp1n6v3c8b1z4x7m2a5s9', vpcName: 'apps-prod', regionId, cidrBlock: '10.20.0.0/16',
		secondaryCidrBlocks: ['10.21.0.0/16'], userCidrs: ['10.0.0.0/8'], creationTime: '2022-06-17T02:40:09Z',
		vRouterId: 'vrt-bp1m5n7b9v1c3x6z8l0k2', vSwitchIds: ['vsw-bp1h3j5k7l9z1x2c4v6b8'],
	}),
	lab: vpcRecord({
		vpcId: 'vpc-bp1q4w7e2r5t8y1u3i6o0', vpcName: 'dev-lab', regionId, cidrBlock: '172.30.0.0/16',
		creationTime: '2023-01-09T11:05:33Z', vRouterId: 'vrt-bp1a2s4d6f8g0h1j3k5l7',
		vSwitchIds: ['vsw-bp1z9x7c5v3b1n2m4q6w8'],
	}),
	finance: vpcRecord({
		vpcId: 'vpc-bp1y5u7i9o1p3a6s8d0f2', vpcName: 'finance', regionId, cidrBlock: '172.18.0.0/16',
		secondaryCidrBlocks: ['172.19.0.0/16', '10.50.0.0/16'], creationTime: '2022-11-23T06:22:47Z',
		vRouterId: 'vrt-bp1g4h6j8k0l2z5x7c9v1', vSwitchIds: ['vsw-bp1b3n5m7q9w2e4r6t8y0'],
	}),
};

const gateways = {
	legacy: gatewayRecord({
		vpnGatewayId: 'vpn-bp1a7f3k9d2m5x8c1v4b6', name: 'hq-legacy-vpn', regionId, vpcId: vpcs.hq.vpcId,
		vSwitchId: 'vsw-bp1d4f6g8h0j2k3l5z7x9', internetIp: '203.0.113.10', createTime: 1_614_672_891_000,
		chargeType: 'Prepay', endTime: 1_830_297_600_000, spec: '5M', sslMaxConnections: 10,
		description: 'Remote access set up in 2021',
	}),
	busy: gatewayRecord({
		vpnGatewayId: 'vpn-bp1h2j4k6l8z0x3c5v7b9', name: 'sales-remote-vpn', regionId, vpcId: vpcs.apps.vpcId,
		vSwitchId: 'vsw-bp1h3j5k7l9z1x2c4v6b8', internetIp: '203.0.113.24', createTime: 1_655_433_609_000,
		sslMaxConnections: 50, spec: '100M',
	}),
	financialLocked: gatewayRecord({
		vpnGatewayId: 'vpn-bp1m9n8b7v6c5x4z3l2k1', name: 'lab-suspended-vpn', regionId, vpcId: vpcs.lab.vpcId,
		vSwitchId: 'vsw-bp1z9x7c5v3b1n2m4q6w8', internetIp: '198.51.100.7', createTime: 1_673_262_333_000,
		businessStatus: 'FinancialLocked', chargeType: 'Prepay', endTime: 1_761_955_200_000,
	}),
	twoFactor: gatewayRecord({
		vpnGatewayId: 'vpn-bp1p0o9i8u7y6t5r4e3w2', name: 'eng-2fa-vpn', regionId, vpcId: vpcs.hq.vpcId,
		vSwitchId: 'vsw-bp1q2w3e4r5t6y7u8i9o0', internetIp: '198.51.100.33', createTime: 1_688_016_122_000,
		connectionCustomerNetworks: ['10.99.0.0/16'],
	}),
	modern: gatewayRecord({
		vpnGatewayId: 'vpn-bp1s3d5f7g9h1j2k4l6z8', name: 'platform-modern-vpn', regionId, vpcId: vpcs.apps.vpcId,
		vSwitchId: 'vsw-bp1h3j5k7l9z1x2c4v6b8', internetIp: '203.0.113.58', createTime: 1_701_338_455_000,
		gatewayType: 'Enhanced.SiteToSite', enableBgp: true,
	}),
	crowded: gatewayRecord({
		vpnGatewayId: 'vpn-bp1t6y8u0i2o4p1a3s5d7', name: 'finance-office-vpn', regionId, vpcId: vpcs.finance.vpcId,
		vSwitchId: 'vsw-bp1b3n5m7q9w2e4r6t8y0', internetIp: '203.0.113.77', createTime: 1_669_184_567_000,
		sslClientPools: ['10.60.0.0/24'], connectionCustomerNetworks: ['10.70.0.0/16', '192.168.200.0/24'],
	}),
	siteToSiteOnly: gatewayRecord({
		vpnGatewayId: 'vpn-bp1g5h7j9k1l3z2x4c6v8', name: 'datacenter-link', regionId, vpcId: vpcs.hq.vpcId,
		vSwitchId: 'vsw-bp1d4f6g8h0j2k3l5z7x9', internetIp: '198.51.100.90', createTime: 1_640_995_200_000,
		sslVpn: 'disable', sslMaxConnections: 0, connectionCustomerNetworks: ['10.200.0.0/16'],
	}),
	wideName: gatewayRecord({
		vpnGatewayId: 'vpn-bp1u4i6o8p0a2s3d5f7g9', name: '总部-远程接入', regionId, vpcId: vpcs.lab.vpcId,
		vSwitchId: 'vsw-bp1z9x7c5v3b1n2m4q6w8', internetIp: '198.51.100.120', createTime: 1_717_200_000_000,
	}),
};

const servers = [
	serverRecord({
		ipsecServerId: demoServerIds.legacy, ipsecServerName: 'hq-legacy-clients', regionId,
		vpnGatewayId: gateways.legacy.vpnGatewayId, internetIp: gateways.legacy.internetIp,
		creationTime: '2021-03-02T09:01:12Z', localSubnet: ['192.168.0.0/16'], clientIpPool: '10.8.0.0/24',
		psk: 'hQ7vL2xRk9Pm4TzW', onlineClientCount: 3, maxConnections: 10,
		ikeConfig: {ikeVersion: 'ikev1', ikeMode: 'aggressive', ikeEncAlg: 'des', ikeAuthAlg: 'md5', ikePfs: 'group1'},
		ipsecConfig: {ipsecEncAlg: 'des', ipsecAuthAlg: 'md5', ipsecPfs: 'group1'},
	}),
	serverRecord({
		ipsecServerId: demoServerIds.busy, ipsecServerName: 'sales-remote-access', regionId,
		vpnGatewayId: gateways.busy.vpnGatewayId, internetIp: gateways.busy.internetIp,
		creationTime: '2022-06-17T03:12:40Z', localSubnet: ['10.20.0.0/16', '10.21.0.0/16'], clientIpPool: '172.16.8.0/22',
		psk: 'Sx4nQ8wE2rT6yU1i', onlineClientCount: 12, maxConnections: 50,
	}),
	serverRecord({
		ipsecServerId: demoServerIds.financialLocked, ipsecServerName: 'lab-remote-access', regionId,
		vpnGatewayId: gateways.financialLocked.vpnGatewayId, internetIp: gateways.financialLocked.internetIp,
		creationTime: '2023-01-09T11:30:02Z', localSubnet: ['172.30.0.0/16'], clientIpPool: '10.30.0.0/24',
		psk: 'Lb3kM7nP1qR5sT9v',
	}),
	serverRecord({
		ipsecServerId: demoServerIds.twoFactor, ipsecServerName: 'eng-two-factor', regionId,
		vpnGatewayId: gateways.twoFactor.vpnGatewayId, internetIp: gateways.twoFactor.internetIp,
		creationTime: '2023-06-29T05:35:22Z', localSubnet: ['192.168.10.0/24', '172.20.4.0/22'], clientIpPool: '10.40.0.0/23',
		psk: 'Eg8fD2sA6zX0cV4b', multiFactorAuthEnabled: true, idaasInstanceId: 'idaas-cn-hangzhou-7kx3m9q2w5e',
		onlineClientCount: 4,
		ikeConfig: {ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14'},
		ipsecConfig: {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14'},
	}),
	serverRecord({
		ipsecServerId: demoServerIds.modern, ipsecServerName: 'platform-admins', regionId,
		vpnGatewayId: gateways.modern.vpnGatewayId, internetIp: gateways.modern.internetIp,
		creationTime: '2023-11-30T10:02:11Z', localSubnet: ['10.20.0.0/20'], clientIpPool: '172.17.0.0/24',
		psk: 'Pm5aN9bV3cX7zL1k', effectImmediately: true,
		ikeConfig: {ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 28_800, localId: 'vpn.example.com', remoteId: 'admins.example.com'},
		ipsecConfig: {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600},
	}),
	serverRecord({
		ipsecServerId: demoServerIds.crowdedGateway, ipsecServerName: 'finance-office', regionId,
		vpnGatewayId: gateways.crowded.vpnGatewayId, internetIp: gateways.crowded.internetIp,
		creationTime: '2022-11-23T07:48:19Z', localSubnet: ['172.18.0.0/16', '172.19.0.0/16'], clientIpPool: '10.80.0.0/24',
		psk: 'Fz2xC6vB0nM4qW8e', onlineClientCount: 1,
		ikeConfig: {ikeAuthAlg: 'sha256'},
		ipsecConfig: {ipsecAuthAlg: 'sha256'},
	}),
	serverRecord({
		ipsecServerId: demoServerIds.wideName, ipsecServerName: wideServerName, regionId,
		vpnGatewayId: gateways.wideName.vpnGatewayId, internetIp: gateways.wideName.internetIp,
		creationTime: '2024-06-01T02:40:00Z', localSubnet: ['172.30.0.0/16'], clientIpPool: '10.90.0.0/24',
		psk: 'Zh9qW3eR7tY1uI5o', onlineClientCount: 2,
		ikeConfig: {ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14'},
		ipsecConfig: {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14'},
	}),
];

export const demoRegion: SandboxData = {
	regions: [],
	vpcs: Object.values(vpcs),
	gateways: Object.values(gateways),
	servers,
};
