// DescribeVpcAttribute (vpc-api.md §5.1): lists come wrapped, e.g. {"SecondaryCidrBlock": […]}.
import {z} from 'zod';
import type {Vpc} from '../../domain/model.js';
import type {WithRequestId} from '../vpc-api.js';
import {requestId} from './api-values.js';

export const describeVpcAttributeSchema = z
	.object({
		RequestId: requestId,
		VpcId: z.string().min(1),
		VpcName: z.string().default(''),
		RegionId: z.string().min(1),
		CidrBlock: z.string().min(1),
		SecondaryCidrBlocks: z.object({SecondaryCidrBlock: z.array(z.string()).default([])}).default({SecondaryCidrBlock: []}),
		UserCidrs: z.object({UserCidr: z.array(z.string()).default([])}).default({UserCidr: []}),
	})
	.transform(
		(api): WithRequestId<Vpc> => ({
			requestId: api.RequestId,
			vpcId: api.VpcId,
			vpcName: api.VpcName,
			regionId: api.RegionId,
			cidrBlock: api.CidrBlock,
			secondaryCidrBlocks: api.SecondaryCidrBlocks.SecondaryCidrBlock,
			userCidrs: api.UserCidrs.UserCidr,
		}),
	);
