// The final screen's client-profile step: asks whether the files get the key (default no: a
// placeholder stands in), writes swanctl.conf, the .mobileconfig and the settings card to a folder
// it names (0700, files 0600) through the injected service, and lists what it wrote. It stands in
// place of the settings table while open (the card holds those settings), so the screen still fits.
import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {ProfileFile} from '../../domain/client-profiles/index.js';
import type {IpsecServerConfig} from '../../domain/model.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {useServices} from './services-context.js';

export type ClientProfileStepProps = {
	config: IpsecServerConfig;
	gatewayInternetIp: string;
	ipsecServerId: string;
	isActive: boolean;
	/** Esc: back to the settings table. */
	onClose(): void;
	/** Enter once the files are written: the same as finishing from the summary. */
	onFinish(): void;
};

type State =
	| {kind: 'ask'}
	| {kind: 'writing'}
	| {kind: 'written'; paths: string[]; files: ProfileFile[]; findings: string[]}
	| {kind: 'failed'; sentence: string};

export const clientProfileKey = 'p';

export function ClientProfileStep({config, gatewayInternetIp, ipsecServerId, isActive, onClose, onFinish}: ClientProfileStepProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const [state, setState] = useState<State>({kind: 'ask'});
	const directory = services.clientProfileFiles.directoryFor(ipsecServerId);
	const write = (includePsk: boolean) => {
		setState({kind: 'writing'});
		// Loaded when asked for: the plist writer and its XML library are most of the generator's code.
		import('../../domain/client-profiles/client-profiles.js')
			.then(async ({clientProfiles}) => {
				const {files, findings} = clientProfiles({config, gatewayInternetIp, ipsecServerId, includePsk});
				return {paths: await services.clientProfileFiles.write(directory, files), files, findings};
			})
			.then(
				({paths, files, findings}) => {
					setState({kind: 'written', paths, files, findings});
				},
				(error: NodeJS.ErrnoException) => {
					setState({kind: 'failed', sentence: `The profiles could not be written to ${directory}${error.code ? ` (${error.code})` : ''}; Esc goes back, p tries again.`});
				},
			);
	};

	useScreenKeys(
		(input, key) => {
			if (key.escape) {
				onClose();
			} else if (state.kind === 'ask') {
				if (input === 'y' || input === 'Y') {
					write(true);
				} else if (input === 'n' || input === 'N' || key.return) {
					write(false);
				}
			} else if (state.kind === 'failed' && input === clientProfileKey) {
				setState({kind: 'ask'});
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
