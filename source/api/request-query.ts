// Each action's request as the API spells it: PascalCase names, strings only, lists as arrays
// (OpenApiUtil.query flattens them to `Name.1`, `Name.2`, … at the edge). Pure functions.
import type {IkeConfig, IpsecConfig, UpdatePlan} from '../domain/model.js';
import {ApiError} from './api-error.js';
import type {DescribeVpnGatewaysQuery, ListIpsecServersQuery} from './vpc-api.js';

export type ApiQuery = Record<string, string | string[]>;

export const maxIpsecServerIds = 20;

/** Keeps an integer page size inside the API's range; anything not a number gets the default. */
export const clampPageSize = (value: number | undefined, range: {min: number; max: number; fallback: number}): number =>
	value === undefined || !Number.isFinite(value)
		? range.fallback
		: Math.min(range.max, Math.max(range.min, Math.trunc(value)));

const withDefined = (entries: Record<string, string | string[] | undefined>): ApiQuery =>
	Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as ApiQuery;

export const listIpsecServersQuery = (query: ListIpsecServersQuery): ApiQuery => {
	const ids = query.ipsecServerIds ?? [];
	if (ids.length > maxIpsecServerIds) {
		throw new ApiError({
			kind: 'service',
			code: 'InvalidParameter',
			message: `ListIpsecServers takes at most ${maxIpsecServerIds} IpsecServerId values at a time, not ${ids.length}; ask in smaller groups.`,
			action: 'ListIpsecServers',
			retryable: false,
		});
	}

	return withDefined({
		RegionId: query.regionId,
		VpnGatewayId: query.vpnGatewayId,
		IpsecServerId: ids.length > 0 ? ids : undefined,
		IpsecServerName: query.ipsecServerName,
		MaxResults: String(clampPageSize(query.maxResults, {min: 1, max: 20, fallback: 10})),
		NextToken: query.nextToken,
	});
};

export const describeVpnGatewaysQuery = (query: DescribeVpnGatewaysQuery): ApiQuery =>
	withDefined({
		RegionId: query.regionId,
		VpnGatewayId: query.vpnGatewayId,
		VpcId: query.vpcId,
		PageNumber: String(clampPageSize(query.pageNumber, {min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1})),
		PageSize: String(clampPageSize(query.pageSize, {min: 1, max: 50, fallback: 10})),
	});

// Key order as the API page lists it; the service reads JSON, so the order is only for people
// reading logs and captures.
export const ikeConfigJson = (config: IkeConfig): string =>
	JSON.stringify({
		IkeVersion: config.ikeVersion,
		IkeMode: config.ikeMode,
		IkeEncAlg: config.ikeEncAlg,
		IkeAuthAlg: config.ikeAuthAlg,
		IkePfs: config.ikePfs,
		IkeLifetime: config.ikeLifetime,
		LocalId: config.localId,
		RemoteId: config.remoteId,
	});

export const ipsecConfigJson = (config: IpsecConfig): string =>
	JSON.stringify({
		IpsecEncAlg: config.ipsecEncAlg,
		IpsecAuthAlg: config.ipsecAuthAlg,
		IpsecPfs: config.ipsecPfs,
		IpsecLifetime: config.ipsecLifetime,
	});

const booleanText = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : String(value));

/** RegionId, IpsecServerId, ClientToken, and only the parameters present in the plan. */
export const updateIpsecServerQuery = (plan: UpdatePlan, options: {dryRun?: boolean} = {}): ApiQuery => {
	const {params} = plan;
	return withDefined({
		RegionId: plan.regionId,
		IpsecServerId: plan.ipsecServerId,
		IpsecServerName: params.ipsecServerName,
		LocalSubnet: params.localSubnet?.join(','),
		ClientIpPool: params.clientIpPool,
		EffectImmediately: booleanText(params.effectImmediately),
		IkeConfig: params.ikeConfig ? ikeConfigJson(params.ikeConfig) : undefined,
		IpsecConfig: params.ipsecConfig ? ipsecConfigJson(params.ipsecConfig) : undefined,
		PskEnabled: booleanText(params.pskEnabled),
		Psk: params.psk,
		ClientToken: plan.clientToken === '' ? undefined : plan.clientToken,
		DryRun: options.dryRun ? 'true' : undefined,
	});
};
