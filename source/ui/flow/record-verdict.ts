// The live status screen's outcome, recorded with what the wizard knows: the diff it submitted (or,
// re-attached, the changes the pending record planned) and the submit's RequestIds (see
// source/services/record-outcome.ts).
import {configFromServer, diffConfig} from '../../domain/index.js';
import {recordOutcome} from '../../services/record-outcome.js';
import type {Services} from '../../services/services.js';
import type {WatchOutcome} from '../../services/watch-update.js';
import type {AppState} from './app-reducer.js';
import {mismatchLines} from './status-lines.js';
import {errorSentence} from './error-text.js';

export async function recordVerdict(services: Pick<Services, 'auditLog' | 'pendingUpdates' | 'clock'>, state: AppState, outcome: WatchOutcome): Promise<void> {
	const target = state.submission?.plan ?? state.pending;
	if (!target) {
		return;
	}

	const changes =
		state.submission && state.loaded
			? diffConfig(configFromServer(state.loaded.server), state.submission.edited, state.loaded.context).changes
			: (state.pending?.changes ?? []);
	const detail =
		outcome.kind === 'mismatch' ? mismatchLines(outcome.verification).join('; ') : outcome.kind === 'failed' ? errorSentence(outcome.error) : undefined;
	await recordOutcome(services, {target, changes, requestIds: state.submission?.requestIds ?? [], detail}, outcome);
}
