// Between the picker and the edit flow: loads the server (for --server) and its context.
import React from 'react';
import type {IpsecServer} from '../../domain/model.js';
import type {Connection} from '../../services/services.js';
import {Paragraph} from '../shell/paragraph.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import type {Loaded} from './app-reducer.js';
import {CredentialLine} from './credential-line.js';
import {loadServer, loadServerContext} from './load-server-context.js';
import {useRetriedLoad} from './use-retried-load.js';

export type ContextScreenProps = {
	connection: Connection;
	regionId: string;
	ipsecServerId: string;
	/** The picker's row, when the server was picked (saves a call). */
	picked?: IpsecServer;
	isActive: boolean;
	onLoaded(loaded: Loaded): void;
	onFailed(): void;
};

export function ContextScreen({connection, regionId, ipsecServerId, picked, isActive, onLoaded, onFailed}: ContextScreenProps) {
	const {error, retry} = useRetriedLoad(
		async () => {
			const server = picked?.ipsecServerId === ipsecServerId ? picked : await loadServer(connection.api, regionId, ipsecServerId);
			return loadServerContext(connection.api, server);
		},
		onLoaded,
		{isActive, onBack: onFailed},
	);
	return (
		<Screen step={2} serverLabel={`${ipsecServerId} in ${regionId}`} hints={error ? ['Enter try again', 'Esc pick another server', 'Ctrl+C quit'] : ['Esc back', 'Ctrl+C quit']}>
			<CredentialLine credentials={connection.credentials} />
			{error ? <Paragraph text={error} /> : <Spinner label="Loading the server, its gateway and its VPC" />}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
