// DescribeVpnGateways: filters and PageNumber/PageSize 1–50, list wrapped in
// {"VpnGateways":{"VpnGateway":[…]}} (vpc-api.md §4.3).
import {apiVpnGateway} from '../api-shapes.js';
import {optionalInteger, requiredRegion} from '../request-parameters.js';
import type {Action} from './action.js';

export const describeVpnGateways: Action = {
	access: 'read',
	run({store, params}) {
		const region = requiredRegion(store, params);
		const pageNumber = optionalInteger(params, 'PageNumber', {min: 1, max: 1_000_000, fallback: 1});
		const pageSize = optionalInteger(params, 'PageSize', {min: 1, max: 50, fallback: 10});
		const {VpnGatewayId: gatewayId, VpcId: vpcId, Status: status, BusinessStatus: businessStatus} = params;
		const matching = store.gatewaysIn(region.regionId).filter(gateway =>
			(!gatewayId || gateway.vpnGatewayId === gatewayId)
			&& (!vpcId || gateway.vpcId === vpcId)
			&& (!status || gateway.status === status)
			&& (!businessStatus || gateway.businessStatus === businessStatus));
		const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
		return {
			body: {
				TotalCount: matching.length,
				PageNumber: pageNumber,
				PageSize: pageSize,
				VpnGateways: {VpnGateway: page.map(gateway => apiVpnGateway(gateway))},
			},
		};
	},
};
