// At launch, an update from an earlier run that was sent (or about to be) but never verified:
// follow it now, discard the record, or leave it for later.
import React from 'react';
import {Text} from 'ink';
import type {PendingUpdate} from '../../services/pending-update.js';
import {terminalText} from '../fields/terminal-text.js';
import {Screen} from '../shell/screen.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {ChoiceList} from './choice-list.js';

export type ReattachChoice = 'reattach' | 'discard' | 'later';

export function ReattachScreen({pending, isActive, onChoice}: {pending: PendingUpdate; isActive: boolean; onChoice(choice: ReattachChoice): void}) {
	const {unicode} = useUiEnvironment();
	const changed = [...Object.keys(pending.params), ...(pending.pskChanged ? ['psk'] : [])].join(', ');
	return (
		<Screen title="An earlier update was not verified" hints={['Up/Down move', 'Enter choose', 'Ctrl+C quit']}>
			<Text wrap="truncate-end">
				{terminalText(pending.ipsecServerName, unicode)} ({pending.ipsecServerId}) in {pending.regionId}, gateway {pending.vpnGatewayId}
			</Text>
			<Text wrap="truncate-end">Recorded {pending.recordedAt}; changes: {changed || 'none'}</Text>
			<ChoiceList<ReattachChoice>
				items={[
					{label: 'Follow it now and verify it', value: 'reattach'},
					{label: 'Forget it and go on', value: 'discard'},
					{label: 'Keep it for later and go on', value: 'later'},
				]}
				isFocused={isActive}
				onSelect={onChoice}
			/>
		</Screen>
	);
}
