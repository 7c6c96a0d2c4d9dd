// The servers opened lately in this region, offered in the picker: Tab puts the next one's ID in the
// filter, which finds it with at most one call however large the region is.
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
