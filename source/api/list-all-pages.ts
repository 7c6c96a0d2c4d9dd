// Follows ListIpsecServers' NextToken to the last page, bounded: a service (or proxy) that keeps
// handing out tokens, or hands out the same one again, must not keep the program busy forever.
import type {IpsecServer} from '../domain/model.js';
import {malformedError} from './malformed-error.js';
import {quoteValue} from './sentence.js';
import type {IpsecServerPage, ListIpsecServersQuery} from './vpc-api.js';

export const listAllPages = async (
	listPage: (query: ListIpsecServersQuery) => Promise<IpsecServerPage>,
	query: Omit<ListIpsecServersQuery, 'nextToken'>,
	maxPages: number,
): Promise<IpsecServer[]> => {
	const servers: IpsecServer[] = [];
	const seenTokens = new Set<string>();
	let nextToken: string | undefined;
	for (let page = 1; page <= maxPages; page++) {
		// Pages depend on each other's token, so they are fetched one after another.
		const result = await listPage({...query, maxResults: query.maxResults ?? 20, nextToken});
		servers.push(...result.servers);
		if (result.nextToken === undefined) {
			return servers;
		}

		if (seenTokens.has(result.nextToken)) {
			throw malformedError('ListIpsecServers', `NextToken ${quoteValue(result.nextToken)} came back twice, so the list would never end`);
		}

		seenTokens.add(result.nextToken);
		nextToken = result.nextToken;
	}

	throw malformedError('ListIpsecServers', `the list did not end after ${maxPages} pages`);
};
