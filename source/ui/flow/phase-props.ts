// What every phase's view gets from the app: the state, the way to change it, and the way out.
import type {Dispatch} from 'react';
import type {Outcome} from '../../engine/journey.js';
import type {AppOptions} from './app-options.js';
import type {AppAction, AppState} from './app-reducer.js';

export type PhaseProps = {
	state: AppState;
	dispatch: Dispatch<AppAction>;
	options: AppOptions;
	isActive: boolean;
	columns: number;
	rows: number;
	/** Ends the wizard with what happened; the outcome table chooses the code and the final lines. */
	end: WizardEnd;
};

/** The update being followed, when there is one: the final lines say how to follow it again. */
export type FollowedUpdate = {regionId: string; vpnGatewayId: string; ipsecServerId?: string};

export type WizardEnd = (outcome: Outcome, follow?: FollowedUpdate) => void;
