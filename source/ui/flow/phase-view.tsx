// The screen for the current phase, wired to the reducer and the exit. Phases come in three
// stretches, each its own view: choosing the server, editing and sending, verifying.
// Only the first stretch is in the start-up bundle: the other two (most of the UI, with the edit
// steps and the review) are loaded while the first screens are read, so the first frame does not
// wait for code it cannot show (about 40 ms of a ~0.3 s start, measured with `npm run bench`).
import React, {lazy, Suspense, useEffect} from 'react';
import type {Phase} from './app-reducer.js';
import {ChooseServerPhases} from './choose-server-phases.js';
import {Line} from '../shell/line.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {PhaseProps} from './phase-props.js';

export type PhaseViewProps = PhaseProps;

const loadSendPhases = async () => import('./send-update-phases.js');
const loadVerifyPhases = async () => import('./verify-update-phases.js');
const SendUpdatePhases = lazy(async () => loadSendPhases().then(module => ({default: module.SendUpdatePhases})));
const VerifyUpdatePhases = lazy(async () => loadVerifyPhases().then(module => ({default: module.VerifyUpdatePhases})));

const stretchOf = (phase: Phase): 'choose' | 'send' | 'verify' => {
	switch (phase) {
		case 'connect':
		case 'reattach':
		case 'regions':
		case 'servers':
		case 'context': {
			return 'choose';
		}

		case 'edit':
		case 'submit':
		case 'busy': {
			return 'send';
		}

		case 'status':
		case 'summary': {
			return 'verify';
		}
	}
};

function Stretch(props: PhaseViewProps) {
	switch (stretchOf(props.state.phase)) {
		case 'choose': {
			return <ChooseServerPhases {...props} />;
		}

		case 'send': {
			return <SendUpdatePhases {...props} />;
		}

		case 'verify': {
			return <VerifyUpdatePhases {...props} />;
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
