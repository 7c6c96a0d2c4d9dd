// Step 10: the gateway followed until it is active, then the verifying read, as the runner reports
// them. Shows the gateway, each transition with its time, the elapsed time and the last RequestId.
// `q` leaves early (the App prints the command to follow it again).
import React from 'react';
import type {JourneyProgress} from './app-reducer.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {Spinner} from '../shell/spinner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {terminalText} from '../fields/terminal-text.js';
import {answerLostLine, clockTime, formatElapsed, transitionLine} from './status-lines.js';
import {useRetryNotice} from './retry-notice.js';

export type StatusScreenProps = {
	vpnGatewayId: string;
	/** What the runner has seen of the gateway so far, and how following ended. */
	progress: JourneyProgress;
	/** The verdict's lines, once following has ended (good: verified or active). */
	verdict?: {lines: string[]; good: boolean};
	serverLabel: string;
	isActive: boolean;
	/** Why the update's answer never arrived; the outcome is read from the server. */
	answerLost?: string;
	auditProblem?: string;
	/** Since the status was first shown (the App's clock ticks while it is). */
	elapsedMs: number;
	/** Enter after a verdict other than verified. */
	onFinish(): void;
	/** `q` before the end. */
	onLeave(): void;
};

const maxTransitions = 6;
/** The verdict's lines on screen (a mismatch may name many fields; 24 rows must hold them). */
const maxOutcomeLines = 8;

function shownLines(lines: string[], more: (count: number) => string): string[] {
	return lines.length <= maxOutcomeLines ? lines : [...lines.slice(0, maxOutcomeLines - 1), more(lines.length - maxOutcomeLines + 1)];
}

export function StatusScreen({vpnGatewayId, progress, verdict, serverLabel, isActive, answerLost, auditProblem, elapsedMs, onFinish, onLeave}: StatusScreenProps) {
	const {symbols, unicode} = useUiEnvironment();
	const {last, pollError, verifying} = progress;
	const transitions = progress.transitions.slice(-maxTransitions);
	const retry = useRetryNotice(verdict === undefined);
	useScreenKeys(
		(input, key) => {
			if (verdict && (key.return || input === 'q')) {
				onFinish();
			} else if (!verdict && input === 'q') {
				onLeave();
			}
		},
		{isActive},
	);
	const gatewayName = last?.gatewayName ? `${terminalText(last.gatewayName, unicode)} (${vpnGatewayId})` : vpnGatewayId;
	return (
		<Screen step={10} serverLabel={serverLabel} hints={verdict ? ['Enter finish'] : [answerLost ? 'q leave (follow it later)' : 'q leave (the update goes on)', 'Ctrl+C quit']}>
			{answerLost && !verdict ? <Paragraph text={answerLostLine(answerLost)} /> : undefined}
			<Line text={`Gateway ${gatewayName}`} />
			<Line bold text={last ? `Status ${last.status}${symbols.separator}${last.businessStatus}` : 'Status: asking'} />
			{transitions.map(observation => (
				<Line key={observation.at} dimColor text={`${symbols.bullet} ${transitionLine(observation)}`} />
			))}
			<Line dimColor text={`Elapsed ${formatElapsed(elapsedMs)}`} />
			{last ? <Line dimColor text={`Last RequestId ${last.requestId} at ${clockTime(last.at)}`} /> : undefined}
			{pollError ? <Paragraph text={pollError} /> : undefined}
			{retry ? <Line dimColor text={retry} /> : undefined}
			{auditProblem ? <Paragraph text={auditProblem} /> : undefined}
			{verdict ? (
				shownLines(verdict.lines, count => `${count} more, listed in full when you press Enter`).map((line, index) => (
					<Paragraph key={line} bold={index === 0} mark={index === 0 ? (verdict.good ? symbols.tick : symbols.cross) : undefined} text={line} />
				))
			) : (
				<Spinner
					label={
						verifying
							? answerLost
								? 'Re-reading the server to see what was applied'
								: 'Re-reading the server to verify the change'
							: 'Waiting for the gateway to be active again'
					}
				/>
			)}
		</Screen>
	);
}
