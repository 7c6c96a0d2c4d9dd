// The whole deterministic world the sandbox starts with.
import type {SandboxData} from '../sandbox-model.js';
import {demoRegion} from './demo-region.js';
import {largeRegion} from './large-region.js';
import {seedRegions} from './regions.js';
import {vpcRecord} from './seed-records.js';

export const defaultLargeRegionServers = 300;

/** ap-southeast-1 has one VPC and nothing else: the empty-region case. */
const emptyRegionVpc = vpcRecord({
	vpcId: 'vpc-t4n3m8k2j7h1g6f5d0s9a', vpcName: 'sg-default', regionId: 'ap-southeast-1', cidrBlock: '172.16.0.0/12',
	creationTime: '2024-02-14T01:00:00Z', isDefault: true, vRouterId: 'vrt-t4n9b8v7c6x5z4l3k2j1h',
	vSwitchIds: ['vsw-t4n1q2w3e4r5t6y7u8i9o'],
});

export function seedData(largeRegionServers = defaultLargeRegionServers): SandboxData {
	const large = largeRegion(largeRegionServers);
	return {
		regions: seedRegions,
		vpcs: [...demoRegion.vpcs, ...large.vpcs, emptyRegionVpc],
		gateways: [...demoRegion.gateways, ...large.gateways],
		servers: [...demoRegion.servers, ...large.servers],
	};
}
