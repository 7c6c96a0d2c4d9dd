// Step 1, first half: credentials (and the sandbox, when asked for), the remembered region, and any
// unfinished update left by an earlier run.
import React, {useEffect, useState} from 'react';
import {Text} from 'ink';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {useScreenKeys} from '../shell/keyboard.js';
import type {PendingUpdate} from '../../services/pending-update.js';
import type {Connection} from '../../services/services.js';
import {errorSentence} from './error-text.js';
import {useRetryNotice} from './use-retry-notice.js';
import {useServices} from './services-context.js';

export type ConnectScreenProps = {
	sandbox: boolean;
	profile?: string;
	isActive: boolean;
	onConnected(result: {connection: Connection; regionId?: string; pending?: PendingUpdate}): void;
};

export function ConnectScreen({sandbox, profile, isActive, onConnected}: ConnectScreenProps) {
	const services = useServices();
	const [attempt, setAttempt] = useState(0);
	const [error, setError] = useState<string>();
	const retry = useRetryNotice(error === undefined);
	useEffect(() => {
		let cancelled = false;
		setError(undefined);
		void (async () => {
			try {
				const [connection, preferences, pending] = await Promise.all([
					services.connect(),
					services.preferences.read(),
					services.pendingUpdates.read(),
				]);
				if (profile !== undefined) {
					void services.preferences.rememberProfile(profile);
				}

				if (!cancelled) {
					onConnected({connection, regionId: preferences.lastRegion, pending});
				}
			} catch (caught) {
				if (!cancelled) {
					setError(errorSentence(caught));
				}
			}
		})();
		return () => {
			cancelled = true;
		};
	}, [attempt]);
	useScreenKeys(
		(_input, key) => {
			if (key.return && error !== undefined) {
				setAttempt(previous => previous + 1);
			}
		},
		{isActive},
	);
	const what = sandbox ? 'Starting the sandbox' : 'Resolving credentials';
	return (
		<Screen step={1} hints={error ? ['Enter try again', 'Ctrl+C quit'] : ['Ctrl+C quit']}>
			{error ? <Paragraph text={error} /> : <Spinner label={`${what}${profile ? ` (profile ${profile})` : ''}`} />}
			{retry ? <Text dimColor>{retry}</Text> : undefined}
		</Screen>
	);
}
