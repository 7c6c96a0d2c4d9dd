// Remembered choices (conf 15, preferences.json in the config folder): last region, last profile,
// recently edited servers. Only names and IDs: never a PSK, an AccessKey or any other secret.
// conf (and its ajv) and zod are imported on first use so they never delay the first frame.

export type RecentServer = {regionId: string; ipsecServerId: string; ipsecServerName: string; at: string};

export type Preferences = {
	lastRegion?: string;
	lastProfile?: string;
	recentServers: RecentServer[];
};

export type PreferencesStore = {
	readonly path: string;
	read(): Promise<Preferences>;
	rememberRegion(regionId: string): Promise<void>;
	rememberProfile(profile: string): Promise<void>;
	rememberServer(server: RecentServer): Promise<void>;
};

const maxRecentServers = 10;

/** Most recent first, one entry per server, bounded. */
export function addRecentServer(recent: RecentServer[], server: RecentServer): RecentServer[] {
	return [server, ...recent.filter(entry => entry.ipsecServerId !== server.ipsecServerId)].slice(0, maxRecentServers);
}

type Store = {store: Record<string, unknown>; set(key: string, value: unknown): void};

export function createPreferencesStore(configDirectory: string): PreferencesStore {
	let conf: Promise<Store> | undefined;
	const open = async (): Promise<Store> => {
		conf ??= import('conf').then(({default: Conf}) => new Conf({cwd: configDirectory, configName: 'preferences', projectName: 'ipsec-wizard'}) as unknown as Store);
		return conf;
	};

	// Preferences are a convenience: an unreadable file means defaults, a failed save is not an error.
	const read = async (): Promise<Preferences> => {
		try {
			const [store, {preferencesSchema}] = await Promise.all([open(), import('./preferences-schema.js')]);
			const parsed = preferencesSchema.safeParse(store.store);
			return parsed.success ? parsed.data : {recentServers: []};
		} catch {
			return {recentServers: []};
		}
	};

	const set = async (key: string, value: unknown): Promise<void> => {
		try {
			(await open()).set(key, value);
		} catch {}
	};

	return {
		path: `${configDirectory}/preferences.json`,
		read,
		async rememberRegion(regionId) {
			await set('lastRegion', regionId);
		},
		async rememberProfile(profile) {
			await set('lastProfile', profile);
		},
		async rememberServer(server) {
			const {recentServers} = await read();
			await set('recentServers', addRecentServer(recentServers, server));
		},
	};
}
