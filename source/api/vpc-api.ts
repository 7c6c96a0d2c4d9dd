// The contract between the program and the VPC API. The real implementation is VpcClient
// (vpc-client.ts, the only code that talks HTTP); screens and commands depend on this type only,
// so tests can hand them the client pointed at the sandbox, or a fake.
import type {IpsecServer, Region, UpdatePlan, Vpc, VpnGateway} from '../domain/model.js';

export type ListIpsecServersQuery = {
	regionId: string;
	vpnGatewayId?: string;
	/** Up to 20 IDs. */
	ipsecServerIds?: string[];
	ipsecServerName?: string;
	/** 1–20, default 10. */
	maxResults?: number;
	nextToken?: string;
};

export type IpsecServerPage = {
	requestId: string;
	servers: IpsecServer[];
	totalCount: number;
	maxResults: number;
	/** Absent on the last page. */
	nextToken?: string;
};

export type DescribeVpnGatewaysQuery = {
	regionId: string;
	vpnGatewayId?: string;
	vpcId?: string;
	/** 1-based. */
	pageNumber?: number;
	/** 1–50, default 10. */
	pageSize?: number;
};

export type VpnGatewayPage = {
	requestId: string;
	gateways: VpnGateway[];
	totalCount: number;
	pageNumber: number;
	pageSize: number;
};

export type WithRequestId<T> = T & {requestId: string};

export type UpdateResult = {
	requestId: string;
	/** True when this was a DryRun and the service answered DryRunOperation (precheck passed). */
	dryRun: boolean;
};

/**
 * What a retry looks like to the user, sent before each wait. Throttling is waited out within a
 * time budget of its own ("trying again in 4 s, up to 52 s more"); other temporary failures
 * (5xx, a lost connection) within a number of attempts ("attempt 2 of 4").
 */
export type RetryEvent = {
	action: string;
	/** The attempt that failed, 1-based: for `temporary`, counted as maxAttempts counts (throttled
	 * attempts not included); for `throttled`, every attempt so far. */
	attempt: number;
	/** The attempts allowed for temporary failures other than throttling. */
	maxAttempts: number;
	delayMs: number;
	/** Code of the failure that is being retried (e.g. `Throttling.User`, `ECONNRESET`). */
	code: string;
	requestId?: string;
	reason: 'throttled' | 'temporary';
	/** Throttling only: the most time still to be spent waiting it out, this wait included. */
	budgetLeftMs?: number;
};

export type VpcApi = {
	/** One page. */
	listIpsecServers(query: ListIpsecServersQuery): Promise<IpsecServerPage>;
	/** Every page, following NextToken (bounded). */
	listAllIpsecServers(query: Omit<ListIpsecServersQuery, 'nextToken'>): Promise<IpsecServer[]>;
	/** One server by ID, or undefined when the service lists none (how it says "not found"). */
	getIpsecServer(regionId: string, ipsecServerId: string): Promise<WithRequestId<{server?: IpsecServer}>>;
	/**
	 * Sends the plan. With dryRun the service only prechecks; its DryRunOperation answer resolves
	 * with `dryRun: true`. Retried only with the plan's own ClientToken.
	 */
	updateIpsecServer(plan: UpdatePlan, options?: {dryRun?: boolean}): Promise<UpdateResult>;
	describeVpnGateway(regionId: string, vpnGatewayId: string): Promise<WithRequestId<VpnGateway>>;
	describeVpnGateways(query: DescribeVpnGatewaysQuery): Promise<VpnGatewayPage>;
	describeVpcAttribute(regionId: string, vpcId: string): Promise<WithRequestId<Vpc>>;
	describeRegions(): Promise<WithRequestId<{regions: Region[]}>>;
};
