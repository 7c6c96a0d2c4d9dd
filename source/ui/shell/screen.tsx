// The frame every step shares: sandbox banner, "step k of n", the server being changed, the body,
// and a one-line key-hint footer. Kept small so every screen fits 80x24 and 60 columns. The heading
// and the hint line are memoised by value: a key typed into the body re-renders neither.
import React, {memo} from 'react';
import {Box, Text} from 'ink';
import {terminalText} from '../fields/terminal-text.js';
import {fitItems, fitLine} from './fit-line.js';
import {useTerminalSize} from './use-terminal-size.js';
import {useUiEnvironment} from './ui-environment.js';

export const stepTitles = [
	'Connect',
	'Pick the server',
	'Basics',
	'Phase 1 (IKE)',
	'Phase 2 (IPsec)',
	'Authentication',
	'When to apply',
	'Review',
	'Submit',
	'Live status',
] as const;

export type ScreenProps = {
	/** 1-based step number in stepTitles; omitted for screens outside the numbered flow. */
	step?: number;
	/** Overrides the step title. */
	title?: string;
	/** e.g. `vpn-office (iss-bp1…) · cn-hangzhou`. */
	serverLabel?: string;
	/** One line, e.g. `Enter next · Esc back · ? help · Ctrl+C quit`; a list is joined with symbols.separator, and at a narrow width the last hints are left out whole. */
	hints: string | readonly string[];
	children: React.ReactNode;
};

export function Screen({step, title, serverLabel, hints, children}: ScreenProps) {
	return (
		<Box flexDirection="column">
			<ScreenHeading step={step} title={title} serverLabel={serverLabel} />
			<Box flexDirection="column" marginTop={1}>
				{children}
			</Box>
			<HintLine hints={hints} />
		</Box>
	);
}

/** The server label carries a name from the service: neutralised like every outside string. */
function useFit(): (text: string) => string {
	const {symbols, unicode} = useUiEnvironment();
	const {columns} = useTerminalSize();
	return (text: string) => fitLine(terminalText(text, unicode), columns, symbols.ellipsis);
}

const ScreenHeading = memo(function ScreenHeading({step, title, serverLabel}: Pick<ScreenProps, 'step' | 'title' | 'serverLabel'>) {
	const {sandbox, color, symbols} = useUiEnvironment();
	const fit = useFit();
	const heading = step === undefined ? (title ?? '') : `Step ${step} of ${stepTitles.length}${symbols.separator}${title ?? stepTitles[step - 1]}`;
	return (
		<>
			{sandbox ? (
				<Text inverse={!color} color={color ? 'yellow' : undefined} wrap="truncate-end">
					SANDBOX: nothing real is changed
				</Text>
			) : undefined}
			<Box>
				<Text bold wrap="truncate-end">
					{fit(heading)}
				</Text>
			</Box>
			{serverLabel ? (
				<Text dimColor wrap="truncate-end">
					{fit(serverLabel)}
				</Text>
			) : undefined}
		</>
	);
});

const sameHints = (before: {hints: ScreenProps['hints']}, after: {hints: ScreenProps['hints']}): boolean =>
	typeof before.hints === 'string' || typeof after.hints === 'string'
		? before.hints === after.hints
		: before.hints.length === after.hints.length && before.hints.every((hint, index) => hint === after.hints[index]);

// Steps build their hint list anew on each render: compared item by item.
const HintLine = memo(function HintLine({hints}: {hints: ScreenProps['hints']}) {
	const {symbols, unicode} = useUiEnvironment();
	const {columns} = useTerminalSize();
	const fit = useFit();
	return (
		<Box marginTop={1}>
			<Text dimColor wrap="truncate-end">
				{typeof hints === 'string' ? fit(hints) : fitItems(hints.map(hint => terminalText(hint, unicode)), columns, symbols.separator, symbols.ellipsis)}
			</Text>
		</Box>
	);
}, sameHints);
