// DescribeRegions: no RegionId needed; LocalName in Chinese unless AcceptLanguage=en-US.
import {apiRegion} from '../api-shapes.js';
import type {Action} from './action.js';

export const describeRegions: Action = {
	access: 'read',
	run({store, params}) {
		const language = params.AcceptLanguage === 'en-US' ? 'en-US' : 'zh-CN';
		return {body: {Regions: {Region: store.regions().map(region => apiRegion(region, language))}}};
	},
};
