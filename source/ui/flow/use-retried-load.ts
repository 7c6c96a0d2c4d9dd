// A screen that only waits on a load and hands the result on: the load runs once per attempt;
// when it fails the error sentence is shown, and Enter tries again.
import {useEffect, useState} from 'react';
import {useScreenKeys} from '../shell/keyboard.js';
import {errorSentence} from './error-text.js';
import {useRetryNotice} from './use-retry-notice.js';

export type RetriedLoad = {
	/** Why the last attempt failed, until the next one starts. */
	error?: string;
	/** The client's latest retry while the load is waiting. */
	retry?: string;
};

export function useRetriedLoad<T>(
	load: () => Promise<T>,
	onLoaded: (value: T) => void,
	keys: {isActive: boolean; onBack?: () => void},
): RetriedLoad {
	const [error, setError] = useState<string>();
	const [attempt, setAttempt] = useState(0);
	const retry = useRetryNotice(error === undefined);
	useEffect(() => {
		let cancelled = false;
		setError(undefined);
		void (async () => {
			try {
				const value = await load();
				if (!cancelled) {
					onLoaded(value);
				}
			} catch (caught) {
				if (!cancelled) {
					setError(errorSentence(caught));
				}
			}
		})();
		return () => {
			cancelled = true;
		};
	}, [attempt]);
	useScreenKeys(
		(_input, key) => {
			if (key.return && error !== undefined) {
				setAttempt(previous => previous + 1);
			}
		},
		keys,
	);
	return {error, retry};
}
