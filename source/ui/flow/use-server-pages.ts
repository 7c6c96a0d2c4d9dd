// The picker's data as the runner loads it (app-reducer.ts's serverPages): the pages so far and the
// look-ups, with the screen's two requests (the next page, try again). What was typed is looked up
// on the service once the typing has paused, each text at most once (the reducer keeps count).
import {useEffect, type Dispatch} from 'react';
import type {IpsecServer} from '../../domain/model.js';
import type {AppAction, ServerPagesState} from './app-reducer.js';
import {lookupQuery, mergeServers} from './server-filter.js';

export {pageSize} from './app-reducer.js';

const lookupDelayMs = 350;

export type ServerPages = {
	servers: IpsecServer[];
	/** A first page has arrived. */
	ready: boolean;
	morePages: boolean;
	loading: boolean;
	lookingUp: boolean;
	error?: string;
	loadMore(): void;
	retry(): void;
};

export function useServerPages(
	state: ServerPagesState | undefined,
	dispatch: Dispatch<AppAction>,
	{regionId, vpnGatewayId, filter}: {regionId: string; vpnGatewayId: string | undefined; filter: string},
): ServerPages {
	const pages = state ?? {listing: 0, pages: [], found: [], ready: false, loading: true, lookingUp: false, lookedUp: []};
	const morePages = pages.nextToken !== undefined;
	const servers = mergeServers(pages.pages, pages.found);
	const query = pages.ready ? lookupQuery(filter, servers, {regionId, vpnGatewayId}, morePages) : undefined;
	const queryKey = query ? JSON.stringify(query) : undefined;
	useEffect(() => {
		if (!query || !queryKey || pages.lookedUp.includes(queryKey)) {
			return;
		}

		const timer = setTimeout(() => {
			dispatch({type: 'servers-lookup', query});
		}, lookupDelayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [queryKey]);

	return {
		servers,
		ready: pages.ready,
		morePages,
		loading: pages.loading,
		lookingUp: pages.lookingUp,
		...(pages.error === undefined ? {} : {error: pages.error}),
		loadMore() {
			dispatch({type: 'servers-more'});
		},
		retry() {
			dispatch({type: 'servers-retry'});
		},
	};
}
