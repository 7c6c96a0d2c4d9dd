// DescribeRegions (vpc-api.md §5.3): {"Regions": {"Region": […]}}.
import {z} from 'zod';
import type {Region} from '../../domain/model.js';
import type {WithRequestId} from '../vpc-api.js';
import {requestId} from './api-values.js';

const regionSchema = z
	.object({
		RegionId: z.string().min(1),
		LocalName: z.string().optional(),
		RegionEndpoint: z.string().default(''),
	})
	.transform(
		(api): Region => ({regionId: api.RegionId, localName: api.LocalName ?? api.RegionId, regionEndpoint: api.RegionEndpoint}),
	);

export const describeRegionsSchema = z
	.object({
		RequestId: requestId,
		Regions: z.object({Region: z.array(regionSchema)}),
	})
	.transform((api): WithRequestId<{regions: Region[]}> => ({requestId: api.RequestId, regions: api.Regions.Region}));
