// The IPsec server as the program sees it: camelCase inside, API spelling only at the edge
// (source/api maps PascalCase responses into these types). Enumerations and defaults live here
// and nowhere else; each field is declared once, in fields/field-catalogue.ts.
import {groupDefaults} from './field-values.js';
import type {ConfigOfCatalogue, GroupConfig} from './fields/field-types.js';

export * from './fields/allowed-values.js';
export {apiFieldNames, fieldNames} from './fields/field-names.js';
export type {FieldName} from './fields/field-types.js';

/** Phase 1 (IKE) settings, the API's IkeConfig (fields/field-catalogue.ts declares each). */
export type IkeConfig = GroupConfig<'IkeConfig'>;

/** Phase 2 (IPsec) settings, the API's IpsecConfig. */
export type IpsecConfig = GroupConfig<'IpsecConfig'>;

/**
 * Everything UpdateIpsecServer can change. LocalSubnet: normalised IPv4 CIDR blocks, in the order
 * given; ClientIpPool: one IPv4 CIDR block; lifetimes in seconds, 0–86400.
 */
export type IpsecServerConfig = ConfigOfCatalogue;

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

/** Defaults as the UpdateIpsecServer page states them (each field's byDefault in the catalogue). */
export const defaultIkeConfig: Omit<IkeConfig, 'localId'> = groupDefaults('IkeConfig');

export const defaultIpsecConfig: IpsecConfig = groupDefaults('IpsecConfig');

/**
 * Parameters of UpdateIpsecServer, camelCase; only what changes is present. IkeConfig and
 * IpsecConfig are always the whole merged object when present, never a partial one.
 */
export type UpdateIpsecServerParams = Partial<IpsecServerConfig>;

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
