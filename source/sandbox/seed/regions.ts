// Regions DescribeRegions lists. Only the first three hold resources.
import type {SandboxRegion} from '../sandbox-model.js';

export const demoRegionId = 'cn-hangzhou';
export const largeRegionId = 'cn-shanghai';
export const emptyRegionId = 'ap-southeast-1';

export const seedRegions: SandboxRegion[] = [
	{regionId: 'cn-hangzhou', localName: '华东1（杭州）', localNameEn: 'China (Hangzhou)', regionEndpoint: 'vpc.aliyuncs.com'},
	{regionId: 'cn-shanghai', localName: '华东2（上海）', localNameEn: 'China (Shanghai)', regionEndpoint: 'vpc.aliyuncs.com'},
	{regionId: 'cn-beijing', localName: '华北2（北京）', localNameEn: 'China (Beijing)', regionEndpoint: 'vpc.aliyuncs.com'},
	{regionId: 'ap-southeast-1', localName: '新加坡', localNameEn: 'Singapore', regionEndpoint: 'vpc.ap-southeast-1.aliyuncs.com'},
	{regionId: 'eu-central-1', localName: '德国（法兰克福）', localNameEn: 'Germany (Frankfurt)', regionEndpoint: 'vpc.eu-central-1.aliyuncs.com'},
];
