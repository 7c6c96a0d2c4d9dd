// The final screen's client-profile step: asks whether the files get the key (default no: a
// placeholder stands in); the runner writes swanctl.conf, the .mobileconfig and the settings card
// to the folder it names (0700, files 0600), and the step lists what was written. It stands in
// place of the settings table while open (the card holds those settings), so the screen still fits.
import React from 'react';
import {Box, Text} from 'ink';
import type {ProfilesState} from './app-reducer.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
import {useUiEnvironment} from '../shell/ui-environment.js';

export type ClientProfileStepProps = {
	/** Where the step is: asking, writing (the runner does), written or failed. */
	state: ProfilesState;
	/** The folder the files go to. */
	directory: string;
	isActive: boolean;
	/** y (with the key) or n / Enter (a placeholder): the runner writes the files. */
	onWrite(includePsk: boolean): void;
	/** p after a failure: ask again. */
	onRetry(): void;
	/** Esc: back to the settings table. */
	onClose(): void;
	/** Enter once the files are written: the same as finishing from the summary. */
	onFinish(): void;
};

export const clientProfileKey = 'p';

export function ClientProfileStep({state, directory, isActive, onWrite, onRetry, onClose, onFinish}: ClientProfileStepProps) {
	const {symbols} = useUiEnvironment();
	useScreenKeys(
		(input, key) => {
			if (key.escape) {
				onClose();
			} else if (state.kind === 'ask') {
				if (input === 'y' || input === 'Y') {
					onWrite(true);
				} else if (input === 'n' || input === 'N' || key.return) {
					onWrite(false);
				}
			} else if (state.kind === 'failed' && input === clientProfileKey) {
				onRetry();
			} else if (state.kind === 'written' && (key.return || input === 'q')) {
				onFinish();
			}
		},
		{isActive: isActive && state.kind !== 'writing', onBack: onClose},
	);

	return (
		<Box flexDirection="column">
			<Text bold>Client profiles</Text>
			<Line text={`Folder: ${directory}`} />
			{state.kind === 'ask' ? (
				<>
					<Paragraph text="Writes swanctl.conf (strongSwan), ipsec-server.mobileconfig (iOS, macOS) and settings-card.txt; the folder is 0700, the files 0600." />
					<Paragraph bold text="Put the pre-shared key in the files? y yes, n or Enter no (a placeholder stands in its place)" />
				</>
			) : undefined}
			{state.kind === 'writing' ? <Text>Writing{symbols.ellipsis}</Text> : undefined}
			{state.kind === 'failed' ? <Paragraph text={state.sentence} /> : undefined}
			{state.kind === 'written' ? (
				<>
					<Text>Wrote {state.paths.length} files (0600):</Text>
					{state.files.map(file => (
						<Line key={file.fileName} text={`${symbols.tick} ${file.fileName}${file.holdsKey ? '  (holds the key)' : ''}`} />
					))}
					{state.findings.map(finding => (
						<Paragraph key={finding} text={`${symbols.bullet} ${finding}`} />
					))}
				</>
			) : undefined}
		</Box>
	);
}
