// The client's retries, visible while a screen waits on a call: "attempt n of m, waiting s" for a
// temporary failure; for throttling a countdown of the wait and of the whole budget, which Esc
// stops (the call then fails with a sentence saying so, and the screen shows it as any failure).
import {useEffect, useState} from 'react';
import type {RetryEvent} from '../../api/vpc-api.js';
import type {RetryState} from '../../services/retry-notifier.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {useServices} from './services-context.js';

const seconds = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

/** The notice for a retry reported `elapsedMs` ago; `waiting` while its wait still runs. */
export const describeRetry = (event: RetryEvent, {elapsedMs = 0, waiting = true, separator = ' · '} = {}): string => {
	if (event.reason === 'throttled') {
		const more = `up to ${seconds((event.budgetLeftMs ?? event.delayMs) - elapsedMs)} s more`;
		return waiting
			? `Throttled by the service; trying again in ${Math.max(1, seconds(event.delayMs - elapsedMs))} s (${more})${separator}Esc stops`
			: `Throttled by the service; trying again now (${more})`;
	}

	return `${event.action}: ${event.code}, attempt ${event.attempt + 1} of ${event.maxAttempts}, waiting ${Math.max(1, Math.round(event.delayMs / 1000))} s`;
};

/** The latest retry while `busy`, counting down; cleared when the screen stops waiting. */
export function useRetryNotice(busy: boolean): string | undefined {
	const {retries, clock} = useServices();
	const {symbols} = useUiEnvironment();
	// When each retry was heard of, on the screens' clock (the one the countdown is drawn with).
	const [state, setState] = useState<RetryState & {at: number}>({waiting: false, at: 0});
	const [now, setNow] = useState(() => clock.now());
	useEffect(() => {
		if (!busy) {
			setState({waiting: false, at: 0});
			return;
		}

		return retries.subscribe(next => {
			const at = clock.now();
			setState(previous => ({...next, at: next.latest === previous.latest ? previous.at : at}));
			setNow(at);
		});
	}, [busy, retries]);
	const throttled = busy && state.latest?.reason === 'throttled';
	useEffect(() => {
		if (!throttled) {
			return;
		}

		const timer = setInterval(() => {
			setNow(clock.now());
		}, 1000);
		return () => {
			clearInterval(timer);
		};
	}, [throttled, state.latest]);
	// Esc ends a throttling wait; every other key still goes to the screen.
	useScreenKeys(() => undefined, {
		isActive: throttled && state.waiting,
		onBack() {
			retries.stop();
		},
		onlyBack: true,
	});
	if (!busy || !state.latest) {
		return undefined;
	}

	return describeRetry(state.latest, {elapsedMs: now - state.at, waiting: state.waiting, separator: symbols.separator});
}
