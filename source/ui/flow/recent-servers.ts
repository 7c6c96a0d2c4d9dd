// The servers opened lately in this region, offered in the picker: Tab puts the next one's ID in the
// filter, which finds it with at most one call however large the region is.
import type {IpsecServer} from '../../domain/model.js';
import type {RecentServer} from '../../services/preferences-store.js';

export const recentShown = 3;

/** The region's most recent servers, newest first (the store keeps them in that order). */
export function recentInRegion(recent: RecentServer[], regionId: string, limit = recentShown): RecentServer[] {
	return recent.filter(server => server.regionId === regionId).slice(0, limit);
}

/** The filter after Tab: the recent server after the one in the filter now, else the first. */
export function nextRecentFilter(recent: RecentServer[], filter: string): string | undefined {
	if (recent.length === 0) {
		return undefined;
	}

	const current = recent.findIndex(server => server.ipsecServerId === filter.trim());
	return recent[(current + 1) % recent.length]!.ipsecServerId;
}

/**
 * The recent servers under the names they have now: a name is remembered when a server is opened,
 * and a rename (by this wizard or anyone) would otherwise leave the old one on show.
 */
export function withCurrentNames(recent: RecentServer[], loaded: readonly IpsecServer[]): RecentServer[] {
	const current = new Map(loaded.map(server => [server.ipsecServerId, server.ipsecServerName]));
	return recent.map(server => {
		const name = current.get(server.ipsecServerId);
		return name === undefined || name === server.ipsecServerName ? server : {...server, ipsecServerName: name};
	});
}
