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
	/** After a read: the sentence naming the keys of the file that were dropped, or undefined. */
	problem(): Promise<string | undefined>;
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

	// Preferences are a convenience: an unreadable file means defaults, a failed save is not an
	// error, and a key of the wrong type is left out on its own (said once, by problem()).
	let dropped: string | undefined;
	const read = async (): Promise<Preferences> => {
		try {
			const [store, {preferenceSchemas, preferenceShapes}] = await Promise.all([open(), import('./preferences-schema.js')]);
			const raw = store.store;
			const preferences: Preferences = {recentServers: []};
			const bad: string[] = [];
			for (const key of Object.keys(preferenceSchemas) as Array<keyof typeof preferenceSchemas>) {
				if (raw[key] === undefined) {
					continue;
				}

				const parsed = preferenceSchemas[key].safeParse(raw[key]);
				if (parsed.success) {
					Object.assign(preferences, {[key]: parsed.data});
				} else {
					bad.push(`${key} (it should be ${preferenceShapes[key]})`);
				}
			}

			if (bad.length > 0) {
				dropped = `${configDirectory}/preferences.json: ${bad.join(' and ')} could not be used and ${bad.length === 1 ? 'was' : 'were'} left out; the other preferences are kept.`;
			}

			return preferences;
		} catch {
			return {recentServers: []};
		}
	};

	let firstRead: Promise<Preferences> | undefined;
	const set = async (key: string, value: unknown): Promise<void> => {
		try {
			(await open()).set(key, value);
		} catch {}
	};

	return {
		path: `${configDirectory}/preferences.json`,
		read,
		async problem() {
			firstRead ??= read();
			await firstRead;
			return dropped;
		},
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
