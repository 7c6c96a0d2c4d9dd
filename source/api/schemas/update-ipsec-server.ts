// UpdateIpsecServer answers only {"RequestId": "…"} (vpc-api.md §3).
import {z} from 'zod';
import {requestId} from './api-values.js';

export const updateIpsecServerSchema = z
	.object({RequestId: requestId})
	.transform(api => ({requestId: api.RequestId}));
