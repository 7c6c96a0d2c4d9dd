// What every phase's view gets from the app: the state and the way to change it (the way out is an
// action too: the reducer asks for the end with its Outcome).
import type {Dispatch} from 'react';
import type {Outcome} from '../../engine/journey.js';
import type {AppOptions} from './app-options.js';
import type {AppAction, AppState} from './app-reducer.js';

/** `S`: the phases a view shows (the phase view narrows the state once, for its stretch). */
export type PhaseProps<S extends AppState = AppState> = {
	state: S;
	dispatch: Dispatch<AppAction>;
	options: AppOptions;
	isActive: boolean;
	columns: number;
	rows: number;
};

/** The update being followed, when there is one: the final lines say how to follow it again. */
export type FollowedUpdate = {regionId: string; vpnGatewayId: string; ipsecServerId?: string};

export type WizardEnd = (outcome: Outcome, follow?: FollowedUpdate) => void;
