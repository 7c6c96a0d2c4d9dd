// Step 1, second half: pick the region from DescribeRegions when neither --region nor a remembered
// region says which.
import React from 'react';
import {Text} from 'ink';
import type {Region} from '../../domain/model.js';
import type {CredentialSummary} from '../../services/services.js';
import {terminalText} from '../fields/terminal-text.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';
import {ChoiceList} from './choice-list.js';
import {CredentialLine} from './credential-line.js';
import {noteRows} from './profile-note.js';
import {useRetryNotice} from './retry-notice.js';

export type RegionsScreenProps = {
	credentials: CredentialSummary;
	/** Highlighted first (the last region used). */
	regionId?: string;
	isActive: boolean;
	rows: number;
	columns: number;
	/** The remembered profile, when this run's credentials differ from it. */
	profileNote?: string;
	/** The regions, once the runner has listed them. */
	regions?: Region[];
	/** Why listing them failed, until the next attempt. */
	error?: string;
	onRetry(): void;
	onChosen(regionId: string): void;
};

export function RegionsScreen({credentials, regionId, isActive, rows, columns, profileNote, regions, error, onRetry, onChosen}: RegionsScreenProps) {
	const {unicode} = useUiEnvironment();
	const retry = useRetryNotice(regions === undefined && error === undefined);
	useScreenKeys(
		(_input, key) => {
			if (key.return && error !== undefined) {
				onRetry();
			}
		},
		// Keys typed while the list loads (Enter to take the highlighted region) wait for it.
		{isActive: isActive && regions === undefined, holdKeys: error === undefined},
	);
	const limit = Math.max(3, Math.min(12, rows - 10 - noteRows(profileNote, columns)));
	const initialIndex = Math.max(0, regions?.findIndex(region => region.regionId === regionId) ?? 0);
	return (
		<Screen step={1} title="Connect: pick the region" hints={error ? ['Enter try again', 'Ctrl+C quit'] : ['Up/Down move', 'Enter choose', '? help', 'Ctrl+C quit']}>
			<CredentialLine credentials={credentials} note={profileNote} />
			{error ? <Paragraph text={error} /> : undefined}
			{!error && !regions ? <Spinner label="Loading the regions" /> : undefined}
			{retry ? <Line dimColor text={retry} /> : undefined}
			{regions && regions.length === 0 ? <Text>No region is available to these credentials; check their permissions.</Text> : undefined}
			{regions && regions.length > 0 ? (
				<ChoiceList
					items={regions.map(region => ({label: terminalText(`${region.regionId}  ${region.localName}`, unicode), value: region.regionId}))}
					isFocused={isActive}
					initialIndex={initialIndex}
					limit={limit}
					onSelect={onChosen}
				/>
			) : undefined}
		</Screen>
	);
}
