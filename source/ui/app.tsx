// The wizard: the phase machine (flow/app-reducer.ts), the one keyboard owner, the overlays and the
// way out. Each phase's screen is chosen in flow/phase-view.tsx.
import React, {useEffect, useReducer} from 'react';
import {Box} from 'ink';
import {configFromServer} from '../domain/index.js';
import type {Services} from '../services/services.js';
import {isDraftDirty} from './edit/draft.js';
import {appReducer, followedUpdate, initialAppState, type AppState} from './flow/app-reducer.js';
import type {AppOptions} from './flow/app-options.js';
import {ConfirmAbort, HelpOverlay} from './flow/help-overlay.js';
import {PhaseView} from './flow/phase-view.js';
import {PreferencesNotice} from './flow/preferences-notice.js';
import {ServicesProvider} from './flow/services-context.js';
import {reattachCommand} from './flow/status-lines.js';
import {KeyboardProvider} from './shell/keyboard.js';
import {useTerminalSize} from './shell/use-terminal-size.js';

export type AppProps = {
	services: Services;
	options: AppOptions;
	/** The exit controller's exit: unmounts, restores the terminal, prints the lines, sets the code. */
	exit(code: number, finalLines?: string[]): void;
	/** What to print if the program is interrupted now (a signal or Ctrl+C). */
	onInterruptLinesChange?(lines: string[] | undefined): void;
};

/** Lines printed when the program ends now: how to follow an update that may be under way. */
export function interruptLines(state: AppState, connectionFlags: string[] = []): string[] | undefined {
	// Once the server was read, its verdict is what happened, not "may have been applied".
	if (state.verdictLines) {
		return state.verdictLines;
	}

	// Before the real call left (re-read, DryRun) or while the gateway refused it as busy, nothing
	// can have been applied; saying "may have been" would send someone to follow a change never made.
	if ((state.phase === 'submit' && state.submission && !state.submission.sending) || state.phase === 'busy') {
		return ['Interrupted before the update was sent; nothing was changed.'];
	}

	const followed = followedUpdate(state);
	return followed ? [`Interrupted; the update may have been applied. Follow it with: ${reattachCommand({...followed, connectionFlags})}`] : undefined;
}

/** Said on the way out whenever an audit line could not be written this run. */
const withAuditProblem = (lines: string[], services: Services): string[] => {
	const problem = services.auditLog.problem();
	return problem ? [...lines, problem] : lines;
};

/** Edits typed but not yet submitted (also after stepping back to the picker, which keeps them). */
const hasUnsavedEdits = (state: AppState): boolean =>
	(state.phase === 'edit' || state.phase === 'servers' || state.phase === 'context') &&
	state.loaded !== undefined &&
	state.draft !== undefined &&
	isDraftDirty(state.draft, configFromServer(state.loaded.server));

export function App({services, options, exit, onInterruptLinesChange}: AppProps) {
	const [state, dispatch] = useReducer(appReducer, options, initialAppState);
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
				exit(130, withAuditProblem(lines ?? ['Aborted: nothing was changed.'], services));
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
							exit(130, withAuditProblem(lines ?? ['Quit: nothing was changed.'], services));
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
						exit={exit}
					/>
					<PreferencesNotice phase={state.phase} />
				</Box>
			</KeyboardProvider>
		</ServicesProvider>
	);
}
