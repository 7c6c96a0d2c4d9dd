// The picker's data: pages of ListIpsecServers (20 a call, more on demand) plus exact look-ups of
// what was typed. Every call is made once: the first page on mount, later pages and look-ups on
// request, each look-up text at most once.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {VpcApi} from '../../api/vpc-api.js';
import type {IpsecServer} from '../../domain/model.js';
import {errorSentence} from './error-text.js';
import {lookupQuery, mergeServers} from './server-filter.js';

export const pageSize = 20;
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

export function useServerPages(api: VpcApi, regionId: string, vpnGatewayId: string | undefined, filter: string): ServerPages {
	const [pages, setPages] = useState<IpsecServer[]>([]);
	const [found, setFound] = useState<IpsecServer[]>([]);
	const [nextToken, setNextToken] = useState<string>();
	const [ready, setReady] = useState(false);
	const [loading, setLoading] = useState(false);
	const [lookingUp, setLookingUp] = useState(false);
	const [error, setError] = useState<string>();
	const [attempt, setAttempt] = useState(0);
	const lookedUp = useRef(new Set<string>());
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);

	const load = useCallback(
		async (token: string | undefined) => {
			setLoading(true);
			setError(undefined);
			try {
				const page = await api.listIpsecServers({regionId, vpnGatewayId, maxResults: pageSize, nextToken: token});
				if (!mounted.current) {
					return;
				}

				setPages(previous => mergeServers(previous, page.servers));
				setNextToken(page.nextToken || undefined);
				setReady(true);
			} catch (caught) {
				if (mounted.current) {
					setError(errorSentence(caught));
				}
			} finally {
				if (mounted.current) {
					setLoading(false);
				}
			}
		},
		[api, regionId, vpnGatewayId],
	);

	useEffect(() => {
		if (!ready) {
			void load(undefined);
		}
	}, [load, attempt]);

	const morePages = nextToken !== undefined;
	const query = ready ? lookupQuery(filter, mergeServers(pages, found), {regionId, vpnGatewayId}, morePages) : undefined;
	const queryKey = query ? JSON.stringify(query) : undefined;
	useEffect(() => {
		if (!query || !queryKey || lookedUp.current.has(queryKey)) {
			return;
		}

		const timer = setTimeout(() => {
			lookedUp.current.add(queryKey);
			setLookingUp(true);
			api.listIpsecServers({...query, maxResults: pageSize}).then(
				page => {
					if (mounted.current) {
						setFound(previous => mergeServers(previous, page.servers));
						setLookingUp(false);
					}
				},
				(caught: unknown) => {
					if (mounted.current) {
						setError(errorSentence(caught));
						setLookingUp(false);
					}
				},
			);
		}, lookupDelayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [queryKey]);

	return {
		servers: mergeServers(pages, found),
		ready,
		morePages,
		loading,
		lookingUp,
		error,
		loadMore() {
			if (!loading && nextToken) {
				void load(nextToken);
			}
		},
		retry() {
			if (ready) {
				void load(nextToken);
			} else {
				setAttempt(previous => previous + 1);
			}
		},
	};
}
