// Step 1, first half: credentials (and the sandbox, when asked for), the remembered region, and any
// unfinished update left by an earlier run, as the runner finds them.
import React from 'react';
import {Paragraph} from '../shell/paragraph.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {useRetriedLoad} from './use-retried-load.js';

export type ConnectScreenProps = {
	sandbox: boolean;
	profile?: string;
	/** Why the last attempt failed, until the next one starts. */
	error?: string;
	isActive: boolean;
	onRetry(): void;
};

export function ConnectScreen({sandbox, profile, error, isActive, onRetry}: ConnectScreenProps) {
	const {retry} = useRetriedLoad(error, onRetry, {isActive});
	const what = sandbox ? 'Starting the sandbox' : 'Resolving credentials';
	return (
		<Screen step={1} hints={error ? ['Enter try again', 'Ctrl+C quit'] : ['Ctrl+C quit']}>
			{error ? <Paragraph text={error} /> : <Spinner label={`${what}${profile ? ` (profile ${profile})` : ''}`} />}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
