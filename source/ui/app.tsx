// The wizard: the phase machine (flow/app-reducer.ts), the one keyboard owner, the overlays and the
// way out. Each phase's screen is chosen in flow/phase-view.tsx.
import React, {useEffect, useReducer} from 'react';
import {Box} from 'ink';
import {wizardEnding} from '../cli/outcome-table.js';
import {configFromServer} from '../domain/index.js';
import type {Outcome} from '../engine/journey.js';
import type {Services} from '../services/services.js';
import {isDraftDirty} from './edit/draft.js';
import {appReducer, followedUpdate, initialAppState, type AppState} from './flow/app-reducer.js';
import type {AppOptions} from './flow/app-options.js';
import type {WizardEnd} from './flow/phase-props.js';
import {ConfirmAbort, HelpOverlay} from './flow/help-overlay.js';
import {PhaseView} from './flow/phase-view.js';
import {PreferencesNotice} from './flow/preferences-notice.js';
import {useWizardRunner} from './flow/use-wizard-runner.js';
import {ServicesProvider} from './flow/services-context.js';
import {KeyboardProvider} from './shell/keyboard.js';
import {useTerminalSize} from './shell/use-terminal-size.js';

export type AppProps = {
	services: Services;
	options: AppOptions;
	/** Ends the wizard with what happened (run-wizard maps it through the outcome table to the exit). */
	end: WizardEnd;
	/** What to print if the program is interrupted now (a signal or Ctrl+C). */
	onInterruptLinesChange?(lines: string[] | undefined): void;
};

/** How the wizard would end if it were stopped now, when that is more than "nothing was changed". */
export function interruptOutcome(state: AppState): Outcome | undefined {
	// Once the server was read, its verdict is what happened, not "may have been applied".
	if (state.verdict) {
		return {kind: 'interrupted', sent: true, verdict: state.verdict};
	}

	// Before the real call left (re-read, DryRun) or while the gateway refused it as busy, nothing
	// can have been applied; saying "may have been" would send someone to follow a change never made.
	if ((state.phase === 'submit' && state.submission && !state.submission.sending) || state.phase === 'busy') {
		return {kind: 'interrupted', sent: false};
	}

	return followedUpdate(state) ? {kind: 'interrupted', sent: true} : undefined;
}

/** Lines printed when the program ends now (the outcome table's): how to follow an update that may be under way. */
export function interruptLines(state: AppState, connectionFlags: string[] = []): string[] | undefined {
	const outcome = interruptOutcome(state);
	return outcome ? wizardEnding(outcome, {follow: followedUpdate(state), connectionFlags, timeoutMs: 0, audit: {auditLogPath: ''}}).lines : undefined;
}

/** Edits typed but not yet submitted (also after stepping back to the picker, which keeps them). */
const hasUnsavedEdits = (state: AppState): boolean =>
	(state.phase === 'edit' || state.phase === 'servers' || state.phase === 'context') &&
	state.loaded !== undefined &&
	state.draft !== undefined &&
	isDraftDirty(state.draft, configFromServer(state.loaded.server));

export function App({services, options, end, onInterruptLinesChange}: AppProps) {
	const [state, dispatch] = useReducer(appReducer, options, initialAppState);
	useWizardRunner(services, state.outbox, dispatch, end, options.timeoutMs);
	const {columns, rows} = useTerminalSize();
	const lines = interruptLines(state, options.connectionFlags);
	const linesKey = lines?.join('\n');
	useEffect(() => {
		onInterruptLinesChange?.(lines);
	}, [linesKey]);

	const intents = {
		onAbort() {
			if (state.overlay !== 'confirm-abort' && hasUnsavedEdits(state)) {
				dispatch({type: 'abort-requested'});
			} else {
				end(interruptOutcome(state) ?? {kind: 'aborted'}, followedUpdate(state));
			}
		},
		onBack() {
			if (state.overlay) {
				dispatch({type: state.overlay === 'help' ? 'help-toggled' : 'abort-cancelled'});
			}
		},
		onHelp() {
			if (state.overlay !== 'confirm-abort') {
				dispatch({type: 'help-toggled'});
			}
		},
	};

	return (
		<ServicesProvider services={services}>
			<KeyboardProvider intents={intents}>
				{state.overlay === 'help' ? (
					<HelpOverlay
						onClose={() => {
							dispatch({type: 'help-toggled'});
						}}
					/>
				) : undefined}
				{state.overlay === 'confirm-abort' ? (
					<ConfirmAbort
						onConfirm={() => {
							// "Nothing was changed" only when nothing may be on its way.
							end(interruptOutcome(state) ?? {kind: 'quit'}, followedUpdate(state));
						}}
						onCancel={() => {
							dispatch({type: 'abort-cancelled'});
						}}
					/>
				) : undefined}
				{/* Hidden, not unmounted, under an overlay: the screen keeps its state. */}
				<Box display={state.overlay ? 'none' : 'flex'} flexDirection="column">
					<PhaseView
						state={state}
						dispatch={dispatch}
						options={options}
						isActive={state.overlay === undefined}
						columns={columns}
						rows={rows}
						end={end}
					/>
					<PreferencesNotice phase={state.phase} />
				</Box>
			</KeyboardProvider>
		</ServicesProvider>
	);
}
