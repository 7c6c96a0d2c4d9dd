// Step 10: follow the gateway until it is active, then verify. Shows the gateway, each transition
// with its time, the elapsed time and the last RequestId. `q` leaves early (the App prints the
// command to follow it again).
import React, {useEffect, useRef, useState} from 'react';
import type {Connection} from '../../services/services.js';
import {watchUpdate, type GatewayObservation, type WatchOutcome, type WatchTarget} from '../../services/watch-update.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {Paragraph} from '../shell/paragraph.js';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {Spinner} from '../shell/spinner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {terminalText} from '../fields/terminal-text.js';
import {answerLostLine, clockTime, formatDuration, formatElapsed, outcomeLines, transitionLine} from './status-lines.js';
import {useRetryNotice} from './use-retry-notice.js';
import {useServices} from './services-context.js';

export type StatusScreenProps = {
	connection: Connection;
	target: WatchTarget;
	serverLabel: string;
	timeoutMs: number;
	/** For the `ipsec-wizard status …` command in the verdict. */
	connectionFlags?: string[];
	isActive: boolean;
	/** Why the update's answer never arrived; the outcome is read from the server. */
	answerLost?: string;
	/** The watch ended; for `verified` the App moves on to the summary; `history` is every status change seen, in order. */
	onOutcome(outcome: WatchOutcome, history: GatewayObservation[]): void;
	/** Enter after a verdict other than verified. */
	onFinish(outcome: WatchOutcome): void;
	/** `q` before the end. */
	onLeave(): void;
};

const maxTransitions = 6;
/** The verdict's lines on screen (a mismatch may name many fields; 24 rows must hold them). */
const maxOutcomeLines = 8;

function shownLines(lines: string[], more: (count: number) => string): string[] {
	return lines.length <= maxOutcomeLines ? lines : [...lines.slice(0, maxOutcomeLines - 1), more(lines.length - maxOutcomeLines + 1)];
}

export function StatusScreen({connection, target, serverLabel, timeoutMs, connectionFlags, isActive, answerLost, onOutcome, onFinish, onLeave}: StatusScreenProps) {
	const services = useServices();
	const {symbols, unicode} = useUiEnvironment();
	const started = useRef(services.clock.now()).current;
	const [transitions, setTransitions] = useState<GatewayObservation[]>([]);
	const history = useRef<GatewayObservation[]>([]).current;
	const [last, setLast] = useState<GatewayObservation>();
	const [verifying, setVerifying] = useState(target.synchronous);
	const [pollError, setPollError] = useState<string>();
	const [outcome, setOutcome] = useState<WatchOutcome>();
	const [now, setNow] = useState(started);
	const retry = useRetryNotice(outcome === undefined);
	useEffect(() => {
		const controller = new AbortController();
		void watchUpdate({
			api: connection.api,
			clock: services.clock,
			target,
			timeoutMs,
			signal: controller.signal,
			onEvent(event) {
				if (event.kind === 'observed') {
					setLast(event.observation);
					setPollError(undefined);
					if (event.changed) {
						history.push(event.observation);
						setTransitions(previous => [...previous, event.observation].slice(-maxTransitions));
					}
				} else if (event.kind === 'poll-failed') {
					setPollError(event.error?.describe() ?? 'The status could not be read; trying again.');
				} else {
					setVerifying(true);
				}
			},
		}).then(result => {
			if (!controller.signal.aborted) {
				setOutcome(result);
				onOutcome(result, [...history]);
			}
		});
		const timer = setInterval(() => {
			setNow(services.clock.now());
		}, 1000);
		return () => {
			controller.abort();
			clearInterval(timer);
		};
	}, []);
	useScreenKeys(
		(input, key) => {
			if (outcome && outcome.kind !== 'verified' && (key.return || input === 'q')) {
				onFinish(outcome);
			} else if (!outcome && input === 'q') {
				onLeave();
			}
		},
		{isActive},
	);
	const auditProblem = services.auditLog.problem();
	const gatewayName = last?.gatewayName ? `${terminalText(last.gatewayName, unicode)} (${target.vpnGatewayId})` : target.vpnGatewayId;
	return (
		<Screen step={10} serverLabel={serverLabel} hints={outcome ? ['Enter finish'] : [answerLost ? 'q leave (follow it later)' : 'q leave (the update goes on)', 'Ctrl+C quit']}>
			{answerLost && !outcome ? <Paragraph text={answerLostLine(answerLost)} /> : undefined}
			<Line text={`Gateway ${gatewayName}`} />
			<Line bold text={last ? `Status ${last.status}${symbols.separator}${last.businessStatus}` : 'Status: asking'} />
			{transitions.map(observation => (
				<Line key={observation.at} dimColor text={`${symbols.bullet} ${transitionLine(observation)}`} />
			))}
			<Line dimColor text={`Elapsed ${formatElapsed(now - started)}`} />
			{last ? <Line dimColor text={`Last RequestId ${last.requestId} at ${clockTime(last.at)}`} /> : undefined}
			{pollError ? <Paragraph text={pollError} /> : undefined}
			{retry ? <Line dimColor text={retry} /> : undefined}
			{auditProblem ? <Paragraph text={auditProblem} /> : undefined}
			{outcome ? (
				shownLines(outcomeLines(outcome, {...target, connectionFlags}, formatDuration(timeoutMs), {answerLost: answerLost !== undefined}), count => `${count} more, listed in full when you press Enter`).map((line, index) => (
					<Paragraph key={line} bold={index === 0} mark={index === 0 ? (outcome.kind === 'verified' || outcome.kind === 'active' ? symbols.tick : symbols.cross) : undefined} text={line} />
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
