// Each action's request as the API spells it: PascalCase names, strings only, lists as arrays
// (OpenApiUtil.query flattens them to `Name.1`, `Name.2`, … at the edge). Pure functions.
import type {UpdatePlan} from '../domain/model.js';
import {updateParameters} from '../domain/update-parameters.js';
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

/** RegionId, IpsecServerId, ClientToken, and only the parameters present in the plan. */
export const updateIpsecServerQuery = (plan: UpdatePlan, options: {dryRun?: boolean} = {}): ApiQuery => {
	// Names and order from the field catalogue; IkeConfig and IpsecConfig go as JSON with their
	// keys in the API page's order (the service reads JSON, so the order is only for people reading
	// logs and captures).
	const parameters = Object.fromEntries(updateParameters(plan.params).map(({name, text}) => [name, text]));
	return withDefined({
		RegionId: plan.regionId,
		IpsecServerId: plan.ipsecServerId,
		...parameters,
		ClientToken: plan.clientToken === '' ? undefined : plan.clientToken,
		DryRun: options.dryRun ? 'true' : undefined,
	});
};
