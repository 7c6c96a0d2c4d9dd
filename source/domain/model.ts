// The IPsec server as the program sees it: camelCase inside, API spelling only at the edge
// (source/api maps PascalCase responses into these types). Enumerations and defaults live here
// and nowhere else.

export const ikeVersions = ['ikev1', 'ikev2'] as const;
export const ikeModes = ['main', 'aggressive'] as const;
export const encryptionAlgorithms = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
export const authenticationAlgorithms = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
export const dhGroups = ['group1', 'group2', 'group5', 'group14'] as const;
// `disabled` is documented for IPsec connections, not for the IPsec server ([UNCONFIRMED] in
// vpc-api.md §3.2). We accept it and warn; the sandbox answers OperationUnsupported.IpsecPfs
// where the real service might, so a DryRun catches it before anything changes.
export const ipsecPfsValues = ['disabled', ...dhGroups] as const;

export type IkeVersion = (typeof ikeVersions)[number];
export type IkeMode = (typeof ikeModes)[number];
export type EncryptionAlgorithm = (typeof encryptionAlgorithms)[number];
export type AuthenticationAlgorithm = (typeof authenticationAlgorithms)[number];
export type DhGroup = (typeof dhGroups)[number];
export type IpsecPfs = (typeof ipsecPfsValues)[number];

export const lifetimeRange = {min: 0, max: 86_400} as const;

/** Phase 1 (IKE) settings, the API's IkeConfig. */
export type IkeConfig = {
	ikeVersion: IkeVersion;
	ikeMode: IkeMode;
	ikeEncAlg: EncryptionAlgorithm;
	ikeAuthAlg: AuthenticationAlgorithm;
	ikePfs: DhGroup;
	/** Seconds, 0–86400. */
	ikeLifetime: number;
	/** FQDN or IP; the service defaults it to the gateway's public IP. */
	localId: string;
	/** FQDN or IP, may be empty. */
	remoteId: string;
};

/** Phase 2 (IPsec) settings, the API's IpsecConfig. */
export type IpsecConfig = {
	ipsecEncAlg: EncryptionAlgorithm;
	ipsecAuthAlg: AuthenticationAlgorithm;
	ipsecPfs: IpsecPfs;
	/** Seconds, 0–86400. */
	ipsecLifetime: number;
};

/** Everything UpdateIpsecServer can change. */
export type IpsecServerConfig = {
	ipsecServerName: string;
	/** LocalSubnet: normalised IPv4 CIDR blocks, in the order given. */
	localSubnet: string[];
	/** ClientIpPool: one IPv4 CIDR block. */
	clientIpPool: string;
	effectImmediately: boolean;
	ikeConfig: IkeConfig;
	ipsecConfig: IpsecConfig;
	pskEnabled: boolean;
	psk: string;
};

/** One IpsecServers[] entry of ListIpsecServers. */
export type IpsecServer = IpsecServerConfig & {
	ipsecServerId: string;
	regionId: string;
	vpnGatewayId: string;
	resourceGroupId?: string;
	internetIp: string;
	/** ISO time as the API gives it (UTC, `YYYY-MM-DDThh:mm:ssZ`). */
	creationTime: string;
	multiFactorAuthEnabled: boolean;
	idaasInstanceId?: string;
	maxConnections: number;
	onlineClientCount: number;
};

export const vpnGatewayStatuses = ['init', 'provisioning', 'active', 'updating', 'deleting'] as const;
export type VpnGatewayStatus = (typeof vpnGatewayStatuses)[number];
export type BusinessStatus = 'Normal' | 'FinancialLocked';

/** DescribeVpnGateway(s), the fields the program uses. */
export type VpnGateway = {
	vpnGatewayId: string;
	name: string;
	description: string;
	vpcId: string;
	vSwitchId: string;
	internetIp: string;
	status: VpnGatewayStatus;
	businessStatus: BusinessStatus;
	spec: string;
	ipsecVpn: 'enable' | 'disable';
	sslVpn: 'enable' | 'disable';
	sslMaxConnections: number;
	/** Epoch milliseconds. */
	createTime: number;
	/** Epoch milliseconds. */
	endTime: number;
	regionId?: string;
};

/** DescribeVpcAttribute, the fields the program uses. */
export type Vpc = {
	vpcId: string;
	vpcName: string;
	regionId: string;
	/** Primary IPv4 CIDR block. */
	cidrBlock: string;
	secondaryCidrBlocks: string[];
	userCidrs: string[];
};

/** DescribeRegions. */
export type Region = {
	regionId: string;
	localName: string;
	regionEndpoint: string;
};

/** Read-only facts the checks need besides the configuration itself. */
export type ServerContext = {
	ipsecServerId: string;
	regionId: string;
	vpnGatewayId: string;
	/** The gateway's public IP (the LocalId default, what clients dial). */
	gatewayInternetIp: string;
	/** VPC primary block first, then the secondary blocks. */
	vpcCidrBlocks: string[];
	/** Client pools of other servers on the same gateway (they must not overlap ours). */
	otherClientPools: string[];
	onlineClientCount: number;
	multiFactorAuthEnabled: boolean;
	idaasInstanceId?: string;
};

/** Defaults as the UpdateIpsecServer page states them. */
export const defaultIkeConfig: Omit<IkeConfig, 'localId'> = {
	ikeVersion: 'ikev2',
	ikeMode: 'main',
	ikeEncAlg: 'aes',
	ikeAuthAlg: 'sha1',
	ikePfs: 'group2',
	ikeLifetime: 86_400,
	remoteId: '',
};

export const defaultIpsecConfig: IpsecConfig = {
	ipsecEncAlg: 'aes',
	ipsecAuthAlg: 'sha1',
	ipsecPfs: 'group2',
	ipsecLifetime: 86_400,
};

/** The names of every editable field, in the order the wizard asks for them. */
export const fieldNames = [
	'ipsecServerName',
	'localSubnet',
	'clientIpPool',
	'ikeVersion',
	'ikeMode',
	'ikeEncAlg',
	'ikeAuthAlg',
	'ikePfs',
	'ikeLifetime',
	'localId',
	'remoteId',
	'ipsecEncAlg',
	'ipsecAuthAlg',
	'ipsecPfs',
	'ipsecLifetime',
	'pskEnabled',
	'psk',
	'effectImmediately',
] as const;
export type FieldName = (typeof fieldNames)[number];

/** The API's spelling of each field, for messages and the CLI rendering. */
export const apiFieldNames: Record<FieldName, string> = {
	ipsecServerName: 'IpsecServerName',
	localSubnet: 'LocalSubnet',
	clientIpPool: 'ClientIpPool',
	ikeVersion: 'IkeVersion',
	ikeMode: 'IkeMode',
	ikeEncAlg: 'IkeEncAlg',
	ikeAuthAlg: 'IkeAuthAlg',
	ikePfs: 'IkePfs',
	ikeLifetime: 'IkeLifetime',
	localId: 'LocalId',
	remoteId: 'RemoteId',
	ipsecEncAlg: 'IpsecEncAlg',
	ipsecAuthAlg: 'IpsecAuthAlg',
	ipsecPfs: 'IpsecPfs',
	ipsecLifetime: 'IpsecLifetime',
	pskEnabled: 'PskEnabled',
	psk: 'Psk',
	effectImmediately: 'EffectImmediately',
};

/** Parameters of UpdateIpsecServer, camelCase; only what changes is present. */
export type UpdateIpsecServerParams = {
	ipsecServerName?: string;
	localSubnet?: string[];
	clientIpPool?: string;
	effectImmediately?: boolean;
	/** Always the whole merged object when present, never a partial one. */
	ikeConfig?: IkeConfig;
	/** Always the whole merged object when present, never a partial one. */
	ipsecConfig?: IpsecConfig;
	pskEnabled?: boolean;
	psk?: string;
};

/** One UpdateIpsecServer call, ready to send. */
export type UpdatePlan = {
	regionId: string;
	ipsecServerId: string;
	vpnGatewayId: string;
	clientToken: string;
	params: UpdateIpsecServerParams;
	/** True when only the name changes: the service applies it at once. */
	synchronous: boolean;
};
