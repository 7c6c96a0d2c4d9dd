// The gateway refused because another change is in progress (VpnGateway.Configuring or
// OperationConflict): wait until it is active, then offer to send the same plan again (same
// ClientToken, so the service cannot apply it twice).
import React, {useEffect, useState} from 'react';
import {Text} from 'ink';
import type {Connection} from '../../services/services.js';
import {waitForActive} from '../../services/watch-update.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {ChoiceList} from './choice-list.js';
import {useServices} from './services-context.js';

export type BusyScreenProps = {
	connection: Connection;
	regionId: string;
	vpnGatewayId: string;
	reason: string;
	serverLabel: string;
	timeoutMs: number;
	isActive: boolean;
	onRetry(): void;
	onBackToReview(): void;
};

export function BusyScreen({connection, regionId, vpnGatewayId, reason, serverLabel, timeoutMs, isActive, onRetry, onBackToReview}: BusyScreenProps) {
	const services = useServices();
	const [status, setStatus] = useState<string>('asking');
	const [ready, setReady] = useState(false);
	useEffect(() => {
		const controller = new AbortController();
		void waitForActive({
			api: connection.api,
			clock: services.clock,
			regionId,
			vpnGatewayId,
			timeoutMs,
			signal: controller.signal,
			onEvent(event) {
				if (event.kind === 'observed') {
					setStatus(event.observation.status);
				}
			},
		}).then(outcome => {
			if (!controller.signal.aborted) {
				setReady(true);
				setStatus(outcome.kind === 'active' ? 'active' : 'unknown');
			}
		});
		return () => {
			controller.abort();
		};
	}, []);
	return (
		<Screen step={9} title="Submit: the gateway is busy" serverLabel={serverLabel} hints={['Enter choose', 'Ctrl+C quit']}>
			<Paragraph text={reason} />
			<Paragraph text="The same plan (same ClientToken, so it cannot be applied twice) can be sent again once the gateway is active." />
			{ready ? (
				<Text>Gateway {vpnGatewayId} is {status} now.</Text>
			) : (
				<Spinner label={`Waiting for ${vpnGatewayId} to be active (now: ${status})`} />
			)}
			<ChoiceList
				items={[
					{label: ready ? 'Send the same plan again (same ClientToken)' : 'Send the same plan again now (same ClientToken)', value: 'retry'},
					{label: 'Back to the review', value: 'review'},
				]}
				isFocused={isActive}
				onSelect={value => {
					if (value === 'retry') {
						onRetry();
					} else {
						onBackToReview();
					}
				}}
			/>
		</Screen>
	);
}
