// "attempt n of m, waiting s": the client's retries, visible while a screen waits on a call.
import {useEffect, useState} from 'react';
import type {RetryEvent} from '../../api/vpc-api.js';
import {useServices} from './services-context.js';

export const describeRetry = (event: RetryEvent): string =>
	`${event.action}: ${event.code}, attempt ${event.attempt + 1} of ${event.maxAttempts}, waiting ${Math.max(1, Math.round(event.delayMs / 1000))} s`;

/** The latest retry while `busy`; cleared when the wait ends. */
export function useRetryNotice(busy: boolean): string | undefined {
	const {retries} = useServices();
	const [notice, setNotice] = useState<string>();
	useEffect(() => {
		if (!busy) {
			setNotice(undefined);
			return;
		}

		return retries.subscribe(event => {
			setNotice(describeRetry(event));
		});
	}, [busy, retries]);
	return notice;
}
