// A screen that only waits on a load the runner carries out: while it fails, its sentence is
// shown and Enter asks for it again; the client's latest retry is shown while it waits.
import {useScreenKeys} from '../shell/keyboard.js';
import {useRetryNotice} from './retry-notice.js';

export type RetriedLoad = {
	/** The client's latest retry while the load is waiting. */
	retry?: string;
};

export function useRetriedLoad(error: string | undefined, onRetry: () => void, keys: {isActive: boolean; onBack?: () => void}): RetriedLoad {
	const retry = useRetryNotice(error === undefined);
	useScreenKeys(
		(_input, key) => {
			if (key.return && error !== undefined) {
				onRetry();
			}
		},
		keys,
	);
	return {retry};
}
