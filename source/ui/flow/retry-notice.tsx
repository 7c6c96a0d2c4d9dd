// The client's retries, visible while a screen waits on a call: "attempt n of m, waiting s" for a
// temporary failure; for throttling a countdown of the wait and of the whole budget, which Esc
// stops (the call then fails with a sentence saying so, and the screen shows it as any failure).
// The retry heard and the clock are the App's state (the runner hook hears them); the App hands
// them to the screens through this context, with the way to stop the wait.
import React, {createContext, useContext} from 'react';
import type {RetryEvent} from '../../api/vpc-api.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {HeardRetry} from './app-state.js';

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

export type RetryNotice = {
	retry?: HeardRetry;
	/** The screens' clock at the latest tick. */
	clock?: number;
	/** Ends a throttled wait. */
	onStop(): void;
};

const RetryNoticeContext = createContext<RetryNotice>({onStop() {}});

export function RetryNoticeProvider({value, children}: {value: RetryNotice; children: React.ReactNode}) {
	return <RetryNoticeContext.Provider value={value}>{children}</RetryNoticeContext.Provider>;
}

/** The latest retry while `busy`, counting down (the call under way's; gone once it answers). */
export function useRetryNotice(busy: boolean): string | undefined {
	const {retry, clock, onStop} = useContext(RetryNoticeContext);
	const {symbols} = useUiEnvironment();
	const throttled = busy && retry?.latest.reason === 'throttled';
	// Esc ends a throttling wait; every other key still goes to the screen.
	useScreenKeys(() => undefined, {
		isActive: throttled && retry.waiting,
		onBack: onStop,
		onlyBack: true,
	});
	if (!busy || !retry) {
		return undefined;
	}

	return describeRetry(retry.latest, {elapsedMs: Math.max(0, (clock ?? retry.at) - retry.at), waiting: retry.waiting, separator: symbols.separator});
}
