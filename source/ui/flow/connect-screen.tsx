// Step 1, first half: credentials (and the sandbox, when asked for), the remembered region, and any
// unfinished update left by an earlier run, as the runner finds them.
import React from 'react';
import {ConnectView} from './connect-view.js';
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
	return <ConnectView sandbox={sandbox} profile={profile} error={error} retry={retry} />;
}
