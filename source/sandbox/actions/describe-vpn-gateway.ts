// DescribeVpnGateway: one gateway, flat, with its live status (vpc-api.md §4.2).
import {apiVpnGateway} from '../api-shapes.js';
import {SandboxError} from '../error-catalogue.js';
import {requiredParam, requiredRegion} from '../request-parameters.js';
import type {Action} from './action.js';

export const describeVpnGateway: Action = {
	access: 'read',
	run({store, params}) {
		const region = requiredRegion(store, params);
		const gatewayId = requiredParam(params, 'VpnGatewayId');
		const gateway = store.gateway(gatewayId);
		if (!gateway || gateway.regionId !== region.regionId) {
			throw new SandboxError('InvalidVpnGatewayInstanceId.NotFound');
		}

		return {body: apiVpnGateway(gateway)};
	},
};
