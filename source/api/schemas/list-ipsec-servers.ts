// ListIpsecServers answer: IpsecServers is a plain array (no {"IpsecServer": […]} wrapper).
import {z} from 'zod';
import type {IpsecServerPage} from '../vpc-api.js';
import {apiInteger, optionalText, requestId} from './api-values.js';
import {ipsecServerSchema} from './ipsec-server.js';

export const listIpsecServersSchema = z
	.object({
		RequestId: requestId,
		TotalCount: apiInteger.optional(),
		MaxResults: apiInteger.optional(),
		NextToken: optionalText,
		IpsecServers: z.array(ipsecServerSchema).default([]),
	})
	.transform(
		(api): IpsecServerPage => ({
			requestId: api.RequestId,
			servers: api.IpsecServers,
			totalCount: api.TotalCount ?? api.IpsecServers.length,
			maxResults: api.MaxResults ?? api.IpsecServers.length,
			...(api.NextToken === undefined ? {} : {nextToken: api.NextToken}),
		}),
	);
