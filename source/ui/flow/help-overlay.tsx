// `?`: the keys of the whole program. Esc or `?` closes it; the screen below keeps its state.
import React from 'react';
import {Box, Text} from 'ink';
import {useScreenKeys} from '../shell/keyboard.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';

export const helpRows: Array<[string, string]> = [
	['Enter', 'accept the field or step and go on'],
	['Esc', 'go back one step, keeping what was typed'],
	['Ctrl+G', 'from any edit step straight to the review'],
	['Tab, Up/Down', 'move between fields and choices'],
	['r', 'recommended preset (Phase 1 and Phase 2 steps)'],
	['Ctrl+R', 'reveal or hide the PSK'],
	['type', 'filter the server list (name or ID)'],
	['PgDn', 'load more servers'],
	['Tab (picker)', 'the next server opened lately in this region'],
	['q', 'leave the live status (the update goes on)'],
	['?', 'this help (typed as text inside a text field)'],
	['Ctrl+C', 'quit (asks first when there are edits)'],
];

export function HelpOverlay({onClose}: {onClose(): void}) {
	useScreenKeys(
		(input, key) => {
			if (key.return || input === 'q') {
				onClose();
			}
		},
		{onBack: onClose},
	);
	return (
		<Screen title="Help: keys" hints={['Esc or ? close']}>
			<Box flexDirection="column">
				{helpRows.map(([keys, meaning]) => (
					<Text key={keys} wrap="truncate-end">
						{keys.padEnd(14)}
						{meaning}
					</Text>
				))}
			</Box>
			<Paragraph dimColor text="Nothing is changed until you confirm on the review; the DryRun precheck runs first." />
		</Screen>
	);
}

export function ConfirmAbort({onConfirm, onCancel}: {onConfirm(): void; onCancel(): void}) {
	useScreenKeys(
		(input, key) => {
			if (input === 'y' || input === 'Y') {
				onConfirm();
			} else if (input === 'n' || input === 'N' || key.return) {
				onCancel();
			}
		},
		{onBack: onCancel},
	);
	return (
		<Screen title="Quit?" hints={['y quit', 'n or Esc keep editing']}>
			<Paragraph text="You have edits that were not submitted; quitting discards them. Nothing has been changed on the server." />
			<Text bold>Quit anyway? (y/n)</Text>
		</Screen>
	);
}
