// The wizard's commands around the journey, carried out through the injected services: the journey
// itself (submit through verify, re-attaching to a recorded update) through the one runner
// (runJourney), and the few records the wizard keeps besides (preferences, recent servers, the
// records it is told to forget, client profiles). The wizard's state says which command is next;
// the results come back as reports. No Ink, no React: source/ui/flow/use-wizard-runner.ts runs it.
import type {ProfileFile, ProfileInput} from '../domain/client-profiles/index.js';
import {generatePsk} from '../domain/psk.js';
import type {ListIpsecServersQuery} from '../api/vpc-api.js';
import type {ClientProfileFiles} from '../services/client-profile-files.js';
import type {PendingUpdate} from '../services/pending-update.js';
import type {IpsecServer, Region} from '../domain/model.js';
import type {Preferences, PreferencesStore, RecentServer} from '../services/preferences-store.js';
import type {RetryNotifier} from '../services/retry-notifier.js';
import type {Connection} from '../services/services.js';
import {waitForActive, type WatchEvent} from '../services/watch-update.js';
import type {Base, Change, LoadedServer, Phase} from './journey.js';
import {loadServer, loadServerContext} from './load-server.js';
import {runJourney, type EngineServices} from './runner.js';
import {start, startFollowing, startFollowingPending} from './update.js';

export type WizardCommand =
	/** Credentials (or the sandbox), the remembered choices and the unfinished updates. */
	| {kind: 'connect'; profile?: string}
	| {kind: 'list-regions'}
	/** The server (unless picked from the list) and its gateway, VPC and neighbours. */
	| {kind: 'load-context'; regionId: string; ipsecServerId: string; picked?: IpsecServer}
	/** The gateway said it was busy: wait until it is active again (nothing is sent). */
	| {kind: 'wait-for-active'; regionId: string; vpnGatewayId: string}
	| {kind: 'stop-waiting'}
	/** Esc while the client waits out throttling: end the wait (the call fails, saying so). */
	| {kind: 'stop-retry-wait'}
	/** A page of the picker's list (`listing` names the list it belongs to: a later one replaces it). */
	| {kind: 'list-servers'; listing: number; query: ListIpsecServersQuery}
	/** The exact ID or name typed in the picker, looked up on the service. */
	| {kind: 'look-up-servers'; listing: number; query: ListIpsecServersQuery}
	/** The servers opened lately, for the picker (preferences are a convenience: none on failure). */
	| {kind: 'read-recent-servers'; regionId: string}
	/** Re-read, DryRun, the records, the update, then follow the gateway and verify. */
	| {kind: 'submit'; base: Base; change: Change}
	/** Follow an update an earlier run recorded, and verify it against the record. */
	| {kind: 'follow-pending'; pending: PendingUpdate}
	/** `q` on the live status: stop following (the update goes on in the cloud). */
	| {kind: 'stop-following'}
	| {kind: 'forget-pending'; ipsecServerIds: string[]}
	| {kind: 'remember-region'; regionId: string}
	| {kind: 'remember-profile'; profile: string}
	| {kind: 'remember-server'; regionId: string; ipsecServerId: string; ipsecServerName: string}
	| {kind: 'write-client-profiles'; input: ProfileInput; directory: string};

export type WizardReport =
	| {kind: 'connected'; connection: Connection; auditLogPath: string; workingDirectory: string; clientTokenNamespace: string; preferences: Preferences; pendingRecords: PendingUpdate[]; preferencesProblem?: string}
	| {kind: 'connect-failed'; error: unknown}
	| {kind: 'regions-listed'; regions: Region[]}
	| {kind: 'regions-failed'; error: unknown}
	/** `generatedPsk`: a new key, ready for when the authentication step's "generate" is chosen. */
	| {kind: 'context-loaded'; loaded: LoadedServer; generatedPsk: string}
	| {kind: 'context-failed'; error: unknown}
	/** While waiting out a busy gateway: its status now, and whether the wait has ended. */
	| {kind: 'busy-status'; status: string; ended: boolean}
	| {kind: 'recent-servers'; regionId: string; recent: RecentServer[]}
	| {kind: 'servers-listed'; listing: number; servers: IpsecServer[]; nextToken?: string}
	| {kind: 'servers-found'; listing: number; servers: IpsecServer[]}
	| {kind: 'servers-failed'; listing: number; error: unknown; lookup: boolean}
	/** Each journey phase as it is entered (`done` holds the outcome); `auditProblem` once an audit line failed. */
	| {kind: 'journey-phase'; phase: Phase; auditProblem?: string}
	/** The journey has ended, its records written (`done` holds the outcome). */
	| {kind: 'journey-ended'; phase: Phase; auditProblem?: string}
	/** The gateway looked at, a failed poll, the verifying read. */
	| {kind: 'watch-event'; event: WatchEvent}
	| {kind: 'client-profiles-written'; paths: string[]; files: ProfileFile[]; findings: string[]}
	| {kind: 'client-profiles-failed'; sentence: string};

export type WizardServices = Omit<EngineServices, 'api'> & {
	connect(): Promise<Connection>;
	preferences: PreferencesStore;
	clientProfileFiles: ClientProfileFiles;
	retries: Pick<RetryNotifier, 'stop'>;
	newClientToken(): string;
	randomBytes(count: number): Uint8Array;
};

export type WizardRunOptions = {
	timeoutMs: number;
	report(report: WizardReport): void;
};

/** One wizard runner per program run: it remembers the journey under way, so `q` can stop it. */
export function createWizardRunner(services: WizardServices, {timeoutMs, report}: WizardRunOptions) {
	let following: AbortController | undefined;
	let waiting: AbortController | undefined;

	// A failed audit line is remembered by the log; the journey's reports carry it to the screens.
	const audit = (): {auditProblem?: string} => {
		const problem = services.auditLog.problem();
		return problem ? {auditProblem: problem} : {};
	};

	const journey = async (run: (engine: EngineServices, options: Parameters<typeof runJourney>[2]) => Promise<Phase>) => {
		waiting?.abort();
		const controller = new AbortController();
		following = controller;
		const {api} = await services.connect();
		const engine: EngineServices = {api, pendingUpdates: services.pendingUpdates, auditLog: services.auditLog, clock: services.clock};
		const phase = await run(engine, {
			timeoutMs,
			signal: controller.signal,
			onPhase(phase) {
				report({kind: 'journey-phase', phase, ...audit()});
			},
			onWatchEvent(event) {
				report({kind: 'watch-event', event});
			},
		});
		report({kind: 'journey-ended', phase, ...audit()});
	};

	const execute = async (command: WizardCommand): Promise<void> => {
		switch (command.kind) {
			case 'connect': {
				try {
					const [connection, preferences, pendingRecords] = await Promise.all([services.connect(), services.preferences.read(), services.pendingUpdates.list()]);
					if (command.profile !== undefined) {
						void services.preferences.rememberProfile(command.profile).catch(() => undefined);
					}

					const preferencesProblem = await services.preferences.problem().catch(() => undefined);
					report({kind: 'connected', connection, auditLogPath: services.auditLog.path, workingDirectory: services.clientProfileFiles.workingDirectory, clientTokenNamespace: services.newClientToken(), preferences, pendingRecords, ...(preferencesProblem ? {preferencesProblem} : {})});
				} catch (error) {
					report({kind: 'connect-failed', error});
				}

				return;
			}

			case 'list-regions': {
				try {
					const {api} = await services.connect();
					report({kind: 'regions-listed', regions: (await api.describeRegions()).regions});
				} catch (error) {
					report({kind: 'regions-failed', error});
				}

				return;
			}

			case 'load-context': {
				try {
					const {api} = await services.connect();
					const {regionId, ipsecServerId, picked} = command;
					const server = picked?.ipsecServerId === ipsecServerId ? picked : await loadServer(api, regionId, ipsecServerId);
					report({kind: 'context-loaded', loaded: await loadServerContext(api, server), generatedPsk: generatePsk(services.randomBytes)});
				} catch (error) {
					report({kind: 'context-failed', error});
				}

				return;
			}

			case 'wait-for-active': {
				waiting?.abort();
				const controller = new AbortController();
				waiting = controller;
				const {api} = await services.connect();
				const outcome = await waitForActive({
					api,
					clock: services.clock,
					regionId: command.regionId,
					vpnGatewayId: command.vpnGatewayId,
					timeoutMs,
					signal: controller.signal,
					onEvent(event) {
						if (event.kind === 'observed' && !controller.signal.aborted) {
							report({kind: 'busy-status', status: event.observation.status, ended: false});
						}
					},
				});
				if (!controller.signal.aborted) {
					report({kind: 'busy-status', status: outcome.kind === 'active' ? 'active' : 'unknown', ended: true});
				}

				return;
			}

			case 'stop-waiting': {
				waiting?.abort();
				return;
			}

			case 'stop-retry-wait': {
				services.retries.stop();
				return;
			}

			case 'list-servers': {
				try {
					const {api} = await services.connect();
					const page = await api.listIpsecServers(command.query);
					report({kind: 'servers-listed', listing: command.listing, servers: page.servers, ...(page.nextToken ? {nextToken: page.nextToken} : {})});
				} catch (error) {
					report({kind: 'servers-failed', listing: command.listing, error, lookup: false});
				}

				return;
			}

			case 'look-up-servers': {
				try {
					const {api} = await services.connect();
					report({kind: 'servers-found', listing: command.listing, servers: (await api.listIpsecServers(command.query)).servers});
				} catch (error) {
					report({kind: 'servers-failed', listing: command.listing, error, lookup: true});
				}

				return;
			}

			case 'read-recent-servers': {
				const preferences = await services.preferences.read().catch(() => undefined);
				report({kind: 'recent-servers', regionId: command.regionId, recent: preferences?.recentServers ?? []});
				return;
			}

			case 'submit': {
				await journey(async (engine, options) => {
					const state = await runJourney(engine, start(command.base, command.change), options);
					// Our own earlier attempt landed (e.g. before the gateway said it was busy): follow
					// it and verify, as for an update just sent.
					return state.phase === 'done' && state.outcome.kind === 'already-applied'
						? runJourney(engine, startFollowing(command.base, command.change, state.outcome.requestIds), options)
						: state;
				});
				return;
			}

			case 'follow-pending': {
				await journey(async (engine, options) => runJourney(engine, startFollowingPending(command.pending), options));
				return;
			}

			case 'stop-following': {
				following?.abort();
				return;
			}

			case 'forget-pending': {
				await Promise.all(command.ipsecServerIds.map(async id => services.pendingUpdates.clear(id).catch(() => undefined)));
				return;
			}

			// Preferences are a convenience: a failed save is not an error (the store says so once).
			case 'remember-region': {
				await services.preferences.rememberRegion(command.regionId).catch(() => undefined);
				return;
			}

			case 'remember-profile': {
				await services.preferences.rememberProfile(command.profile).catch(() => undefined);
				return;
			}

			case 'remember-server': {
				const {regionId, ipsecServerId, ipsecServerName} = command;
				await services.preferences
					.rememberServer({regionId, ipsecServerId, ipsecServerName, at: new Date(services.clock.now()).toISOString()})
					.catch(() => undefined);
				return;
			}

			case 'write-client-profiles': {
				try {
					// Loaded when asked for: the plist writer and its XML library are most of the generator's code.
					const {clientProfiles} = await import('../domain/client-profiles/client-profiles.js');
					const {files, findings} = clientProfiles(command.input);
					const paths = await services.clientProfileFiles.write(command.directory, files);
					report({kind: 'client-profiles-written', paths, files, findings});
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					report({kind: 'client-profiles-failed', sentence: `The profiles could not be written to ${command.directory}${code ? ` (${code})` : ''}; Esc goes back, p tries again.`});
				}
			}
		}
	};

	return {execute};
}

export type WizardRunner = ReturnType<typeof createWizardRunner>;
