// DescribeVpcAttribute: one VPC with its primary and secondary CIDR blocks (vpc-api.md §5.1).
import {apiVpc} from '../api-shapes.js';
import {SandboxError} from '../error-catalogue.js';
import {requiredParam, requiredRegion} from '../request-parameters.js';
import type {Action} from './action.js';

export const describeVpcAttribute: Action = {
	access: 'read',
	run({store, params}) {
		const region = requiredRegion(store, params);
		const vpc = store.vpc(requiredParam(params, 'VpcId'));
		if (!vpc || vpc.regionId !== region.regionId) {
			throw new SandboxError('InvalidVpcId.NotFound');
		}

		return {body: apiVpc(vpc)};
	},
};
