// Between the picker and the edit flow: the runner loads the server (for --server) and its context.
import React from 'react';
import type {CredentialSummary} from '../../services/services.js';
import {Paragraph} from '../shell/paragraph.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {CredentialLine} from './credential-line.js';
import {useRetriedLoad} from './use-retried-load.js';

export type ContextScreenProps = {
	credentials: CredentialSummary;
	regionId: string;
	ipsecServerId: string;
	/** Why the last attempt failed, until the next one starts. */
	error?: string;
	isActive: boolean;
	onRetry(): void;
	onFailed(): void;
};

export function ContextScreen({credentials, regionId, ipsecServerId, error, isActive, onRetry, onFailed}: ContextScreenProps) {
	const {retry} = useRetriedLoad(error, onRetry, {isActive, onBack: onFailed});
	return (
		<Screen step={2} serverLabel={`${ipsecServerId} in ${regionId}`} hints={error ? ['Enter try again', 'Esc pick another server', 'Ctrl+C quit'] : ['Esc back', 'Ctrl+C quit']}>
			<CredentialLine credentials={credentials} />
			{error ? <Paragraph text={error} /> : <Spinner label="Loading the server, its gateway and its VPC" />}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
