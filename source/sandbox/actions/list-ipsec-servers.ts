// ListIpsecServers: filters, MaxResults 1–20 and an opaque NextToken (vpc-api.md §2).
// An unknown IpsecServerId simply matches nothing, as on the real service.
import {apiIpsecServer} from '../api-shapes.js';
import {SandboxError} from '../error-catalogue.js';
import {decodeNextToken, encodeNextToken} from '../paging-token.js';
import {optionalInteger, requiredRegion, type Params} from '../request-parameters.js';
import type {Action} from './action.js';

const maxIdsPerCall = 20;

export const listIpsecServers: Action = {
	access: 'read',
	run({store, params}) {
		const region = requiredRegion(store, params);
		// The docs and SDK say 1–20. Terraform sends 50 (vpc-api.md §2.1), so the real service may
		// tolerate more; that is UNCONFIRMED and we refuse as the docs say.
		const maxResults = optionalInteger(params, 'MaxResults', {min: 1, max: 20, fallback: 10});
		const ids = serverIdsFilter(params);
		const {VpnGatewayId: gatewayId, IpsecServerName: name, ResourceGroupId: resourceGroupId} = params;
		const matching = store.serversIn(region.regionId).filter(server =>
			(!gatewayId || server.vpnGatewayId === gatewayId)
			&& (!ids || ids.has(server.ipsecServerId))
			&& (!name || server.ipsecServerName === name)
			&& (!resourceGroupId || server.resourceGroupId === resourceGroupId));
		const filterKey = JSON.stringify([region.regionId, gatewayId, ids && [...ids], name, resourceGroupId]);
		const offset = params.NextToken ? decodeNextToken(params.NextToken, filterKey) : 0;
		const page = matching.slice(offset, offset + maxResults);
		const nextOffset = offset + page.length;
		return {
			body: {
				TotalCount: matching.length,
				MaxResults: maxResults,
				...(nextOffset < matching.length ? {NextToken: encodeNextToken(nextOffset, filterKey)} : {}),
				IpsecServers: page.map(server => apiIpsecServer(server)),
			},
		};
	},
};

function serverIdsFilter(params: Params): Set<string> | undefined {
	const ids = new Set<string>();
	for (const [name, value] of Object.entries(params)) {
		const match = /^IpsecServerId\.(\d+)$/.exec(name);
		if (!match) {
			continue;
		}

		const index = Number(match[1]);
		if (index < 1 || index > maxIdsPerCall) {
			throw new SandboxError('InvalidParameter', name, `IpsecServerId.N takes N from 1 to ${maxIdsPerCall}.`);
		}

		ids.add(value);
	}

	return ids.size > 0 ? ids : undefined;
}
