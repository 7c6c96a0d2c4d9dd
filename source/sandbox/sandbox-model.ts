// The emulator's own records. Servers are the domain's IpsecServer (what the inspector hands
// out); regions, VPCs and gateways carry the extra fields the API answers with.
import type {IpsecServer, Region, Vpc, VpnGateway} from '../domain/model.js';

export type SandboxRegion = Region & {
	/** LocalName in English (AcceptLanguage=en-US); `localName` is the Chinese default. */
	localNameEn: string;
};

export type SandboxVpc = Vpc & {
	description: string;
	creationTime: string;
	isDefault: boolean;
	vRouterId: string;
	vSwitchIds: string[];
	resourceGroupId: string;
};

/** `status` is the resting status; the lifecycle decides whether it reads `updating`. */
export type SandboxGateway = VpnGateway & {
	regionId: string;
	resourceGroupId: string;
	chargeType: string;
	gatewayType: string;
	networkType: string;
	vpnType: string;
	enableBgp: boolean;
	autoPropagate: boolean;
	/** The system tags, serialised the way DescribeVpnGateway returns `Tag`. */
	systemTags: Record<string, string>;
	/** Client pools of the gateway's SSL-VPN server (a new IPsec client pool must not overlap). */
	sslClientPools: string[];
	/** Customer-side networks of the gateway's IPsec-VPN connections (same rule). */
	connectionCustomerNetworks: string[];
};

export type SandboxData = {
	regions: SandboxRegion[];
	vpcs: SandboxVpc[];
	gateways: SandboxGateway[];
	servers: IpsecServer[];
};

export type {IpsecServer};
