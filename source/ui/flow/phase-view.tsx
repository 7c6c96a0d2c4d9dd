// The screen for the current phase, wired to the reducer and the exit. Phases come in three
// stretches, each its own view: choosing the server, editing and sending, verifying.
// Only the first stretch is in the start-up bundle: the other two (most of the UI, with the edit
// steps and the review) are loaded while the first screens are read, so the first frame does not
// wait for code it cannot show (about 40 ms of a ~0.3 s start, measured with `npm run bench`).
import React, {lazy, Suspense, useEffect} from 'react';
import {ChooseServerPhases} from './choose-server-phases.js';
import {Line} from '../shell/line.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {PhaseProps} from './phase-props.js';

export type PhaseViewProps = PhaseProps;

const loadSendPhases = async () => import('./send-update-phases.js');
const loadVerifyPhases = async () => import('./verify-update-phases.js');
const SendUpdatePhases = lazy(async () => loadSendPhases().then(module => ({default: module.SendUpdatePhases})));
const VerifyUpdatePhases = lazy(async () => loadVerifyPhases().then(module => ({default: module.VerifyUpdatePhases})));

/** The stretch of the current phase, given the state narrowed to its phases. */
function Stretch(props: PhaseViewProps) {
	const {state} = props;
	switch (state.phase) {
		case 'connect':
		case 'reattach':
		case 'regions':
		case 'servers':
		case 'context': {
			return <ChooseServerPhases {...props} state={state} />;
		}

		case 'edit':
		case 'submit':
		case 'busy': {
			return <SendUpdatePhases {...props} state={state} />;
		}

		case 'status':
		case 'summary': {
			return <VerifyUpdatePhases {...props} state={state} />;
		}
	}
}

/** Shown only if a stretch is needed before its code has loaded (a very slow disk). */
function LoadingScreens() {
	const {symbols} = useUiEnvironment();
	return <Line text={`Loading the screens${symbols.ellipsis}`} />;
}

export function PhaseView(props: PhaseViewProps) {
	useEffect(() => {
		// A failed load is reported where it matters: by lazy(), to the error boundary.
		loadSendPhases().catch(() => undefined);
		loadVerifyPhases().catch(() => undefined);
	}, []);
	return (
		<Suspense fallback={<LoadingScreens />}>
			<Stretch {...props} />
		</Suspense>
	);
}
