// A loaded IPsec server and its context, as the edit flow receives them from the App.
import type {IpsecServer, ServerContext} from '../../../source/domain/index.js';

export const loadedPsk = 'Kx7pQ2mZr9LwT4vN';

export const server: IpsecServer = {
	ipsecServerId: 'iss-bp1office0001',
	ipsecServerName: 'office-vpn',
	regionId: 'cn-hangzhou',
	vpnGatewayId: 'vpn-bp1gateway001',
	internetIp: '47.100.1.2',
	creationTime: '2026-01-05T08:00:00Z',
	localSubnet: ['192.168.0.0/24', '192.168.1.0/24'],
	clientIpPool: '10.10.0.0/24',
	effectImmediately: false,
	ikeConfig: {
		ikeVersion: 'ikev2',
		ikeMode: 'main',
		ikeEncAlg: 'aes',
		ikeAuthAlg: 'sha1',
		ikePfs: 'group2',
		ikeLifetime: 86_400,
		localId: '47.100.1.2',
		remoteId: '',
	},
	ipsecConfig: {
		ipsecEncAlg: 'aes',
		ipsecAuthAlg: 'sha1',
		ipsecPfs: 'group2',
		ipsecLifetime: 86_400,
	},
	pskEnabled: true,
	psk: loadedPsk,
	multiFactorAuthEnabled: false,
	maxConnections: 10,
	onlineClientCount: 3,
};

export const context: ServerContext = {
	ipsecServerId: server.ipsecServerId,
	regionId: server.regionId,
	vpnGatewayId: server.vpnGatewayId,
	gatewayInternetIp: server.internetIp,
	vpcCidrBlocks: ['192.168.0.0/16'],
	otherClientPools: ['10.20.0.0/24'],
	onlineClientCount: 3,
	multiFactorAuthEnabled: false,
};
