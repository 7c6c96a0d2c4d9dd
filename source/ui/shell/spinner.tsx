// A slow spinner: a few frames per second is enough to show life and keeps a slow link quiet.
import React, {useEffect, useState} from 'react';
import {Text} from 'ink';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from './ui-environment.js';

/** 3 frames per second, under the 4 fps ceiling for anything animated. */
export const spinnerIntervalMs = 333;

export function Spinner({label}: {label: string}) {
	const {symbols, color, unicode} = useUiEnvironment();
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			setFrame(previous => (previous + 1) % symbols.spinner.length);
		}, spinnerIntervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [symbols]);
	return (
		<Text wrap="truncate-end">
			<Text color={color ? 'cyan' : undefined}>{symbols.spinner[frame]}</Text> {terminalText(label, unicode)}
		</Text>
	);
}
