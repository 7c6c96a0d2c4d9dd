// The one place the wizard's screens reach the services: the App's outbox of commands carried out
// by the wizard runner (source/engine/wizard-runner.ts), each exactly once, its reports fed back to
// the reducer as actions; the way out; and what comes without being asked for: the client's
// retries, and the clock's ticks while a counter is on screen (clockShown).
import {useEffect, useRef, useState, type Dispatch} from 'react';
import type {WizardReport} from '../../engine/wizard-runner.js';
import type {Services} from '../../services/services.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {AppOptions} from './app-options.js';
import {clockShown, type AppAction, type AppState} from './app-reducer.js';
import {draftForServer} from './draft-for-server.js';
import type {WizardEnd} from './phase-props.js';
import {profileNote} from './profile-note.js';

/** A report as the reducer's action; connecting and loading a server also need the command line's choices. */
function actionOf(report: WizardReport, options: Pick<AppOptions, 'profile' | 'sandbox' | 'psk'>, said: {arrow: string}): AppAction {
	if (report.kind === 'connected') {
		const {connection, preferences, pendingRecords, preferencesProblem} = report;
		const note = profileNote({lastProfile: preferences.lastProfile, requestedProfile: options.profile, credentials: connection.credentials, sandbox: options.sandbox});
		return {
			type: 'connected',
			credentials: connection.credentials,
			auditLogPath: report.auditLogPath,
			workingDirectory: report.workingDirectory,
			clientTokenNamespace: report.clientTokenNamespace,
			// As the aliyun CLI: the profile's region_id after --region and the environment (AppOptions).
			regionId: connection.credentials.regionId ?? preferences.lastRegion,
			pending: pendingRecords[0],
			pendingRecords,
			profileNote: note,
			...(preferencesProblem ? {preferencesProblem} : {}),
		};
	}

	if (report.kind === 'context-loaded') {
		return {type: 'context-loaded', loaded: report.loaded, draft: draftForServer(report.loaded.server, {pskFromFile: options.psk, generatedPsk: report.generatedPsk})};
	}

	return {type: 'runner-report', report, said};
}

export function useWizardRunner(services: Services, state: AppState, dispatch: Dispatch<AppAction>, end: WizardEnd, options: AppOptions): void {
	const {outbox} = state;
	const {symbols} = useUiEnvironment();
	// Loaded after the first frame (the engine and its watch are not needed to draw it); the
	// commands wait for it in order.
	const [runner] = useState(async () =>
		import('../../engine/wizard-runner.js').then(({createWizardRunner}) =>
			createWizardRunner(services, {
				timeoutMs: options.timeoutMs,
				report(report) {
					dispatch(actionOf(report, options, {arrow: symbols.arrowRight}));
				},
			}),
		),
	);
	useEffect(
		() =>
			services.retries.subscribe(({latest, waiting}) => {
				if (latest) {
					dispatch({type: 'retry-heard', latest, waiting, at: services.clock.now()});
				}
			}),
		[],
	);
	const ticking = clockShown(state);
	useEffect(() => {
		if (ticking === undefined) {
			return;
		}

		const tick = () => {
			dispatch({type: 'clock-ticked', now: services.clock.now()});
		};

		tick();
		const timer = setInterval(tick, 1000);
		return () => {
			clearInterval(timer);
		};
	}, [ticking]);
	const done = useRef(0);
	useEffect(() => {
		for (const {id, command} of outbox) {
			if (id <= done.current) {
				continue;
			}

			done.current = id;
			if (command.kind === 'end') {
				end(command.outcome, command.follow);
			} else {
				// Each command reports its own failures; anything else must not take the screen down.
				runner.then(async loaded => loaded.execute(command)).catch(() => undefined);
			}
		}
	}, [outbox]);
}
