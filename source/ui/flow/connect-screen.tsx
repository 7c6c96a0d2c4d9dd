// Step 1, first half: credentials (and the sandbox, when asked for), the remembered region, and any
// unfinished update left by an earlier run.
import React from 'react';
import {Paragraph} from '../shell/paragraph.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import type {PendingUpdate} from '../../services/pending-update.js';
import type {Connection} from '../../services/services.js';
import {profileNote} from './profile-note.js';
import {useRetriedLoad} from './use-retried-load.js';
import {useServices} from './services-context.js';

export type ConnectScreenProps = {
	sandbox: boolean;
	profile?: string;
	isActive: boolean;
	onConnected(result: {connection: Connection; regionId?: string; pending?: PendingUpdate; pendingRecords: PendingUpdate[]; profileNote?: string}): void;
};

export function ConnectScreen({sandbox, profile, isActive, onConnected}: ConnectScreenProps) {
	const services = useServices();
	const {error, retry} = useRetriedLoad(
		async () => {
			const [connection, preferences, pendingRecords] = await Promise.all([
				services.connect(),
				services.preferences.read(),
				services.pendingUpdates.list(),
			]);
			if (profile !== undefined) {
				void services.preferences.rememberProfile(profile);
			}

			const note = profileNote({lastProfile: preferences.lastProfile, requestedProfile: profile, credentials: connection.credentials, sandbox});
			// As the aliyun CLI: the profile's region_id after --region and the environment (AppOptions).
			return {connection, regionId: connection.credentials.regionId ?? preferences.lastRegion, pending: pendingRecords[0], pendingRecords, profileNote: note};
		},
		onConnected,
		{isActive},
	);
	const what = sandbox ? 'Starting the sandbox' : 'Resolving credentials';
	return (
		<Screen step={1} hints={error ? ['Enter try again', 'Ctrl+C quit'] : ['Ctrl+C quit']}>
			{error ? <Paragraph text={error} /> : <Spinner label={`${what}${profile ? ` (profile ${profile})` : ''}`} />}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
