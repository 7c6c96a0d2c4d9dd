// Reads the remembered servers when the picker opens (so a server opened earlier in this run is
// among them). Preferences are a convenience: while they load, or if they can't be read, none.
import {useEffect, useState} from 'react';
import type {RecentServer} from '../../services/preferences-store.js';
import {recentInRegion} from './recent-servers.js';
import {useServices} from './services-context.js';

export function useRecentServers(regionId: string, enabled: boolean): RecentServer[] {
	const {preferences} = useServices();
	const [recent, setRecent] = useState<RecentServer[]>([]);
	useEffect(() => {
		if (!enabled) {
			setRecent([]);
			return;
		}

		let cancelled = false;
		void preferences.read().then(read => {
			if (!cancelled) {
				setRecent(recentInRegion(read.recentServers, regionId));
			}
		});
		return () => {
			cancelled = true;
		};
	}, [preferences, regionId, enabled]);
	return recent;
}
