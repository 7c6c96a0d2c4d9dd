// The wizard: the phase machine (flow/app-reducer.ts), the one keyboard owner, the overlays and the
// way out. Each phase's screen is chosen in flow/phase-view.tsx.
import React, {useEffect, useReducer} from 'react';
import {Box} from 'ink';
import {wizardEnding} from '../cli/outcome-table.js';
import type {Services} from '../services/services.js';
import {appReducer, followedUpdate, initialAppState, interruptOutcome, type AppState} from './flow/app-reducer.js';
import type {AppOptions} from './flow/app-options.js';
import type {WizardEnd} from './flow/phase-props.js';
import {ConfirmAbort, HelpOverlay} from './flow/help-overlay.js';
import {PhaseView} from './flow/phase-view.js';
import {PreferencesNotice} from './flow/preferences-notice.js';
import {useWizardRunner} from './flow/use-wizard-runner.js';
import {RetryNoticeProvider} from './flow/retry-notice.js';
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

/** Lines printed when the program ends now (the outcome table's): how to follow an update that may be under way. */
export function interruptLines(state: AppState, connectionFlags: string[] = []): string[] | undefined {
	const outcome = interruptOutcome(state);
	return outcome ? wizardEnding(outcome, {follow: followedUpdate(state), connectionFlags, timeoutMs: 0, audit: {auditLogPath: ''}}).lines : undefined;
}

export function App({services, options, end, onInterruptLinesChange}: AppProps) {
	const [state, dispatch] = useReducer(appReducer, options, initialAppState);
	useWizardRunner(services, state, dispatch, end, options);
	const {columns, rows} = useTerminalSize();
	const lines = interruptLines(state, options.connectionFlags);
	const linesKey = lines?.join('\n');
	useEffect(() => {
		onInterruptLinesChange?.(lines);
	}, [linesKey]);

	const retryNotice = {
		retry: state.retry,
		clock: state.clock,
		onStop() {
			dispatch({type: 'retry-wait-stopped'});
		},
	};

	const intents = {
		onAbort() {
			dispatch({type: 'abort'});
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
		<RetryNoticeProvider value={retryNotice}>
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
							dispatch({type: 'quit-confirmed'});
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
					/>
					<PreferencesNotice phase={state.phase} problem={state.preferencesProblem} />
				</Box>
			</KeyboardProvider>
		</RetryNoticeProvider>
	);
}
