// What every phase's view gets from the app: the state, the way to change it, and the way out.
import type {Dispatch} from 'react';
import type {AppOptions} from './app-options.js';
import type {AppAction, AppState} from './app-reducer.js';

export type PhaseProps = {
	state: AppState;
	dispatch: Dispatch<AppAction>;
	options: AppOptions;
	isActive: boolean;
	columns: number;
	rows: number;
	exit(code: number, finalLines?: string[]): void;
};
