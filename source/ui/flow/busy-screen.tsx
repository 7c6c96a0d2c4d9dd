// The gateway refused because another change is in progress (VpnGateway.Configuring or
// OperationConflict): wait until it is active, then offer to send the same plan again (same
// ClientToken, so the service cannot apply it twice).
import React from 'react';
import {Text} from 'ink';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {ChoiceList} from './choice-list.js';

export type BusyScreenProps = {
	vpnGatewayId: string;
	reason: string;
	serverLabel: string;
	/** The gateway's status as the runner waits for it to be active; `ready` once the wait has ended. */
	status: string;
	ready: boolean;
	isActive: boolean;
	onRetry(): void;
	onBackToReview(): void;
};

export function BusyScreen({vpnGatewayId, reason, serverLabel, status, ready, isActive, onRetry, onBackToReview}: BusyScreenProps) {
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
