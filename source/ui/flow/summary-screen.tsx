// After verification: what the clients must match, the PSK only on an explicit reveal, and where
// the audit log is.
import React, {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import {maskSecret} from '../../domain/index.js';
import type {IpsecServerConfig} from '../../domain/model.js';
import {terminalText} from '../fields/terminal-text.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {GatewayObservation} from '../../services/watch-update.js';
import {clientSettings} from './client-settings.js';
import {ClientProfileStep, clientProfileKey} from './client-profile-step.js';
import {transitionLine} from './status-lines.js';
import type {ProfilesState} from './app-reducer.js';

export type SummaryScreenProps = {
	config: IpsecServerConfig;
	ipsecServerId: string;
	gatewayInternetIp: string;
	serverLabel: string;
	auditLogPath: string;
	/** Status changes seen while following the update, shown as one line (the time it went active). */
	history: GatewayObservation[];
	isActive: boolean;
	/** The client-profile step, while open. */
	profiles?: ProfilesState;
	/** The folder the profiles go to. */
	profileDirectory: string;
	onProfiles(event: {kind: 'open'} | {kind: 'close'} | {kind: 'write'; includePsk: boolean}): void;
	onDone(): void;
};

export function SummaryScreen({config, gatewayInternetIp, serverLabel, auditLogPath, history, isActive, profiles, profileDirectory, onProfiles, onDone}: SummaryScreenProps) {
	const {symbols, unicode} = useUiEnvironment();
	const [revealed, setRevealed] = useState(false);
	const [finishing, setFinishing] = useState(false);
	const profilesOpen = profiles !== undefined;
	// The last frame stays in the terminal after exit: hide the key first, leave once that is drawn.
	useEffect(() => {
		if (finishing) {
			onDone();
		}
	}, [finishing]);
	useScreenKeys(
		(input, key) => {
			if ((key.ctrl && input === 'r') || input === 'r') {
				setRevealed(previous => !previous);
			} else if (key.return || input === 'q') {
				setRevealed(false);
				setFinishing(true);
			} else if (input === clientProfileKey) {
				onProfiles({kind: 'open'});
			}
		},
		{isActive: isActive && !finishing && !profilesOpen},
	);
	const rows = clientSettings(config, gatewayInternetIp);
	const width = Math.max(...rows.map(row => row.label.length), 'Pre-shared key'.length) + 2;
	return (
		<Screen step={10} title="Done: what the clients must match" serverLabel={serverLabel} hints={profilesOpen ? ['Esc back to the settings'] : ['r reveal/hide the PSK', `${clientProfileKey} client profiles`, 'Enter finish']}>
			<Text bold>
				{symbols.tick} Verified: the server has exactly the settings that were sent.
			</Text>
			{profilesOpen ? (
				<ClientProfileStep
					state={profiles}
					directory={profileDirectory}
					isActive={isActive && !finishing}
					onWrite={includePsk => onProfiles({kind: 'write', includePsk})}
					onRetry={() => onProfiles({kind: 'open'})}
					onClose={() => onProfiles({kind: 'close'})}
					onFinish={() => setFinishing(true)}
				/>
			) : <Box flexDirection="column">
				{rows.map(row => (
					<Line key={row.label} text={`${row.label.padEnd(width)}${row.value}`} />
				))}
				<Text wrap="truncate-end">
					{'Pre-shared key'.padEnd(width)}
					{revealed ? config.psk : `${maskSecret(config.psk, symbols.mask)}  (r to reveal)`}
				</Text>
			</Box>}
			{history.length > 0 ? <Line dimColor text={history.map(observation => transitionLine(observation)).join(`  ${symbols.arrowRight}  `)} /> : undefined}
			<Line dimColor text={`Audit log: ${auditLogPath}`} />
		</Screen>
	);
}
