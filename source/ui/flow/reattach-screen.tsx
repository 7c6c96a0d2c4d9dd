// At launch, the updates from earlier runs that were sent (or about to be) but never verified — one
// record per server, so two wizards on one HOME leave two: follow one now, forget them, or leave
// them for later.
import React from 'react';
import type {PendingUpdate} from '../../services/pending-update.js';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {ChoiceList, type Choice} from './choice-list.js';

export type ReattachChoice = 'reattach' | 'discard' | 'later';

const changedFields = (pending: PendingUpdate): string => [...Object.keys(pending.params), ...(pending.pskChanged ? ['psk'] : [])].join(', ') || 'none';

/** Shown at most; the rest wait for the next launch or `ipsec-wizard status`. */
const maxShown = 5;

export function ReattachScreen({
	records,
	isActive,
	onChoice,
}: {
	/** Every unfinished update found at launch, newest first. */
	records: PendingUpdate[];
	isActive: boolean;
	onChoice(choice: ReattachChoice, pending: PendingUpdate[]): void;
}) {
	const all = records.slice(0, maxShown);
	const [only] = all;
	const single = all.length === 1 && only !== undefined;
	const items: Array<Choice<string>> = [
		...(single
			? [{label: 'Follow it now and verify it', value: `follow:0`}]
			: all.map((record, index) => ({label: `Follow and verify ${record.ipsecServerName} (${record.ipsecServerId})`, value: `follow:${index}`}))),
		{label: single ? 'Forget it and go on' : 'Forget them all and go on', value: 'discard'},
		{label: single ? 'Keep it for later and go on' : 'Keep them for later and go on', value: 'later'},
	];
	return (
		<Screen
			title={single ? 'An earlier update was not verified' : `${all.length} earlier updates were not verified`}
			hints={['Up/Down move', 'Enter choose', 'Ctrl+C quit']}
		>
			{single ? (
				<>
					<Line text={`${only.ipsecServerName} (${only.ipsecServerId}) in ${only.regionId}`} />
					<Line text={`Gateway ${only.vpnGatewayId}, recorded ${only.recordedAt}`} />
					<Line text={`Changes: ${changedFields(only)}`} />
				</>
			) : (
				all.map(record => (
					<Line key={record.ipsecServerId} text={`${record.ipsecServerName} (${record.ipsecServerId}) in ${record.regionId}, recorded ${record.recordedAt}: ${changedFields(record)}`} />
				))
			)}
			<ChoiceList<string>
				items={items}
				isFocused={isActive}
				onSelect={value => {
					if (value.startsWith('follow:')) {
						const chosen = all[Number(value.slice('follow:'.length))];
						if (chosen) {
							onChoice('reattach', [chosen]);
						}
					} else {
						onChoice(value as ReattachChoice, all);
					}
				}}
			/>
		</Screen>
	);
}
