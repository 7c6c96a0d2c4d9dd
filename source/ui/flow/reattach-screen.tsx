// At launch, an update from an earlier run that was sent (or about to be) but never verified:
// follow it now, discard the record, or leave it for later.
import React from 'react';
import type {PendingUpdate} from '../../services/pending-update.js';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {ChoiceList} from './choice-list.js';

export type ReattachChoice = 'reattach' | 'discard' | 'later';

export function ReattachScreen({pending, isActive, onChoice}: {pending: PendingUpdate; isActive: boolean; onChoice(choice: ReattachChoice): void}) {
	const changed = [...Object.keys(pending.params), ...(pending.pskChanged ? ['psk'] : [])].join(', ');
	return (
		<Screen title="An earlier update was not verified" hints={['Up/Down move', 'Enter choose', 'Ctrl+C quit']}>
			<Line text={`${pending.ipsecServerName} (${pending.ipsecServerId}) in ${pending.regionId}`} />
			<Line text={`Gateway ${pending.vpnGatewayId}, recorded ${pending.recordedAt}`} />
			<Line text={`Changes: ${changed || 'none'}`} />
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
