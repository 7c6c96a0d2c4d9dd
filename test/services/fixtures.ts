import type {IpsecServer, IpsecServerConfig, UpdatePlan} from '../../source/domain/model.js';

export const secretPsk = 'Sup3r-Secret-PSK-value';

export const config: IpsecServerConfig = {
	ipsecServerName: 'office',
	localSubnet: ['192.168.0.0/24'],
	clientIpPool: '10.10.0.0/24',
	effectImmediately: false,
	ikeConfig: {ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 86_400, localId: '47.1.2.3', remoteId: ''},
	ipsecConfig: {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 86_400},
	pskEnabled: true,
	psk: secretPsk,
};

export const server: IpsecServer = {
	...config,
	ipsecServerId: 'iss-test1',
	regionId: 'cn-hangzhou',
	vpnGatewayId: 'vpn-test1',
	internetIp: '47.1.2.3',
	creationTime: '2026-01-01T00:00:00Z',
	multiFactorAuthEnabled: false,
	maxConnections: 5,
	onlineClientCount: 2,
};

export const plan: UpdatePlan = {
	regionId: 'cn-hangzhou',
	ipsecServerId: 'iss-test1',
	vpnGatewayId: 'vpn-test1',
	clientToken: 'token-1',
	params: {clientIpPool: '10.20.0.0/24', psk: secretPsk},
	synchronous: false,
};
