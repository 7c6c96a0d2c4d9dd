// Every side effect the UI and the commands need, made once at start-up and injected (in the spirit
// of GitHub CLI's factory): the API connection (loaded lazily, after the first frame), the clock,
// the stores, and the randomness. Screens never import node:fs, conf or the API client themselves.
import type {VpcApi} from '../api/vpc-api.js';
import {createAuditLog, type AuditLog} from './audit-log.js';
import {createClientProfileFiles, type ClientProfileFiles} from './client-profile-files.js';
import {systemClock, type Clock} from './clock.js';
import {configDirectory} from './config-directory.js';
import {connectToApi} from './connect-to-api.js';
import {createPendingUpdateStore, type PendingUpdateStore} from './pending-update-store.js';
import {createPreferencesStore, type PreferencesStore} from './preferences-store.js';
import {nodeCrypto} from './node-crypto.js';
import {createRetryNotifier, type RetryNotifier} from './retry-notifier.js';

export type CredentialSummary = {
	/** Where the key came from, e.g. `environment`, `profile`, `sandbox`. */
	source: string;
	profile?: string;
	/** Never the secret; the ID itself only masked. */
	accessKeyIdMasked: string;
	/** The aliyun CLI profile's region_id: the region after --region and the environment's. */
	regionId?: string;
};

export type Connection = {
	api: VpcApi;
	credentials: CredentialSummary;
};

export type ServiceFlags = {
	sandbox?: boolean;
	profile?: string;
	endpoint?: string;
};

export type Services = {
	/** Resolves credentials and builds the client on first call (then the same promise). */
	connect(): Promise<Connection>;
	retries: RetryNotifier;
	clock: Clock;
	preferences: PreferencesStore;
	auditLog: AuditLog;
	pendingUpdates: PendingUpdateStore;
	configDirectory: string;
	newClientToken(): string;
	randomBytes(count: number): Uint8Array;
	/** Client profiles (swanctl.conf, .mobileconfig, settings card) to disk, 0700/0600. */
	clientProfileFiles: ClientProfileFiles;
	/** Stops what connect started (the in-process sandbox). */
	close(): Promise<void>;
};

export function createServices({env, flags}: {env: NodeJS.ProcessEnv; flags: ServiceFlags}): Services {
	const directory = configDirectory(env);
	const retries = createRetryNotifier();
	let connection: ReturnType<typeof connectToApi> | undefined;
	const auditLog = createAuditLog(directory);
	return {
		connect() {
			if (!connection) {
				const opening = connectToApi({env, flags, onRetry: event => retries.notify(event), sleep: async ms => retries.sleep(ms)});
				// A failure (no credentials yet) may be fixed and tried again.
				opening.catch(() => {
					if (connection === opening) {
						connection = undefined;
					}
				});
				connection = opening;
			}

			return connection.then(({connection}) => connection);
		},
		retries,
		clock: systemClock,
		preferences: createPreferencesStore(directory),
		auditLog,
		pendingUpdates: createPendingUpdateStore(directory),
		configDirectory: directory,
		newClientToken: () => nodeCrypto().randomUUID(),
		randomBytes: count => new Uint8Array(nodeCrypto().randomBytes(count)),
		clientProfileFiles: createClientProfileFiles(process.cwd()),
		async close() {
			await auditLog.settled();
			if (connection) {
				await connection.then(({close}) => close(), () => undefined);
			}
		},
	};
}
