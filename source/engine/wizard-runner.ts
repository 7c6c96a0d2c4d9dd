// The wizard's commands around the journey, carried out through the injected services: the journey
// itself (submit through verify, re-attaching to a recorded update) through the one runner
// (runJourney), and the few records the wizard keeps besides (preferences, recent servers, the
// records it is told to forget, client profiles). The wizard's state says which command is next;
// the results come back as reports. No Ink, no React: source/ui/flow/use-wizard-runner.ts runs it.
import type {ProfileFile, ProfileInput} from '../domain/client-profiles/index.js';
import type {ClientProfileFiles} from '../services/client-profile-files.js';
import type {PendingUpdate} from '../services/pending-update.js';
import type {PreferencesStore} from '../services/preferences-store.js';
import type {Connection} from '../services/services.js';
import type {WatchEvent} from '../services/watch-update.js';
import type {Base, Change, Phase} from './journey.js';
import {runJourney, type EngineServices} from './runner.js';
import {start, startFollowing, startFollowingPending} from './update.js';

export type WizardCommand =
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
	/** Each journey phase as it is entered (`done` holds the outcome). */
	| {kind: 'journey-phase'; phase: Phase}
	/** The journey has ended, its records written (`done` holds the outcome). */
	| {kind: 'journey-ended'; phase: Phase}
	/** The gateway looked at, a failed poll, the verifying read. */
	| {kind: 'watch-event'; event: WatchEvent}
	| {kind: 'client-profiles-written'; paths: string[]; files: ProfileFile[]; findings: string[]}
	| {kind: 'client-profiles-failed'; sentence: string};

export type WizardServices = Omit<EngineServices, 'api'> & {
	connect(): Promise<Connection>;
	preferences: PreferencesStore;
	clientProfileFiles: ClientProfileFiles;
};

export type WizardRunOptions = {
	timeoutMs: number;
	report(report: WizardReport): void;
};

/** One wizard runner per program run: it remembers the journey under way, so `q` can stop it. */
export function createWizardRunner(services: WizardServices, {timeoutMs, report}: WizardRunOptions) {
	let following: AbortController | undefined;

	const journey = async (run: (engine: EngineServices, options: Parameters<typeof runJourney>[2]) => Promise<Phase>) => {
		const controller = new AbortController();
		following = controller;
		const {api} = await services.connect();
		const engine: EngineServices = {api, pendingUpdates: services.pendingUpdates, auditLog: services.auditLog, clock: services.clock};
		const phase = await run(engine, {
			timeoutMs,
			signal: controller.signal,
			onPhase(phase) {
				report({kind: 'journey-phase', phase});
			},
			onWatchEvent(event) {
				report({kind: 'watch-event', event});
			},
		});
		report({kind: 'journey-ended', phase});
	};

	const execute = async (command: WizardCommand): Promise<void> => {
		switch (command.kind) {
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
