// The screen for the current phase, wired to the reducer and the exit. Phases come in three
// stretches, each its own view: choosing the server, editing and sending, verifying.
import React from 'react';
import type {Phase} from './app-reducer.js';
import {ChooseServerPhases} from './choose-server-phases.js';
import type {PhaseProps} from './phase-props.js';
import {SendUpdatePhases} from './send-update-phases.js';
import {VerifyUpdatePhases} from './verify-update-phases.js';

export type PhaseViewProps = PhaseProps;

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

export function PhaseView(props: PhaseViewProps) {
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
