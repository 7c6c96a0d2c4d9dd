// Step 9 on the engine: the wizard's submit runs the same journey as `ipsec-wizard apply` (re-read,
// DryRun without the plan's ClientToken, the pending record and the audit line `sending` before the
// update leaves, submit with the plan's token), through the same runner, and stops where the live
// status screen takes over (following the gateway). The phase it stopped in says where the wizard
// goes next; an answer that never arrived is `unknown`, for the status screen to settle.
import type {ApiError} from '../../api/api-error.js';
import type {VpcApi} from '../../api/vpc-api.js';
import {configFromServer, diffConfig, type FieldChange} from '../../domain/index.js';
import type {IpsecServerConfig, UpdatePlan} from '../../domain/model.js';
import type {Phase, SubmitStage} from '../../engine/journey.js';
import {runJourney} from '../../engine/runner.js';
import {start} from '../../engine/update.js';
import type {AuditLog} from '../../services/audit-log.js';
import {systemClock} from '../../services/clock.js';
import type {PendingUpdateStore} from '../../services/pending-update-store.js';
import type {Loaded} from './app-reducer.js';

export {busyCodes} from '../../engine/runner.js';
export type {SubmitStage} from '../../engine/journey.js';

export const submitStages: Array<{stage: SubmitStage; label: string}> = [
	{stage: 'rereading', label: 'Re-reading the server (has anyone changed it?)'},
	{stage: 'prechecking', label: 'Prechecking with DryRun'},
	{stage: 'recording', label: 'Recording the pending update'},
	{stage: 'submitting', label: 'Sending UpdateIpsecServer'},
];

export type SubmitOutcome =
	| {kind: 'submitted'; requestIds: string[]}
	/** The re-read server already holds every planned value (an earlier attempt of ours landed). */
	| {kind: 'already-applied'; requestIds: string[]}
	/** The server differs from the loaded baseline: back to the review with the new one. */
	| {kind: 'changed-elsewhere'; baseline: Loaded; changes: FieldChange[]}
	/** The gateway is busy with another change: wait for it, then offer to retry the same plan. */
	| {kind: 'busy'; error: ApiError}
	/** The update may have been applied; follow the gateway and read the server to find out. */
	| {kind: 'unknown'; error: ApiError; requestIds: string[]}
	/** Nothing was applied. `sentence`, when set, says it better than the error (a file we could not write). */
	| {kind: 'rejected'; error: unknown; stage: SubmitStage; sentence?: string};

export type SubmitDependencies = {
	api: VpcApi;
	pendingUpdates: PendingUpdateStore;
	auditLog: AuditLog;
	now(): number;
	onStage(stage: SubmitStage): void;
};

const isStage = (phase: Phase['phase']): phase is SubmitStage => phase === 'rereading' || phase === 'prechecking' || phase === 'recording' || phase === 'submitting';

/** Where the engine stopped, as the wizard's next screen. */
function submitOutcome(state: Phase, stage: SubmitStage): SubmitOutcome {
	if (state.phase === 'following' || state.phase === 'verifying') {
		return state.answer.kind === 'lost'
			? {kind: 'unknown', error: state.answer.error as ApiError, requestIds: state.requestIds}
			: {kind: 'submitted', requestIds: state.requestIds};
	}

	if (state.phase !== 'done') {
		return {kind: 'rejected', error: new Error(`submit stopped in ${state.phase}`), stage};
	}

	const {outcome} = state;
	switch (outcome.kind) {
		case 'already-applied': {
			return {kind: 'already-applied', requestIds: outcome.requestIds};
		}

		case 'changed-elsewhere': {
			return {kind: 'changed-elsewhere', baseline: outcome.baseline, changes: outcome.changes};
		}

		case 'busy': {
			return {kind: 'busy', error: outcome.error as ApiError};
		}

		case 'refused': {
			return {kind: 'rejected', error: outcome.error, stage: outcome.stage, ...(outcome.sentence === undefined ? {} : {sentence: outcome.sentence})};
		}

		default: {
			return {kind: 'rejected', error: new Error(`submit ended ${outcome.kind}`), stage};
		}
	}
}

export async function submitUpdate(
	{api, pendingUpdates, auditLog, now, onStage}: SubmitDependencies,
	{plan, edited, loaded}: {plan: UpdatePlan; edited: IpsecServerConfig; loaded: Loaded},
): Promise<SubmitOutcome> {
	const config = configFromServer(loaded.server);
	const changes = diffConfig(config, edited, loaded.context).changes;
	let stage: SubmitStage = 'rereading';
	const state = await runJourney(
		{api, pendingUpdates, auditLog, clock: {...systemClock, now}},
		start({loaded, config, key: {kind: 'plain'}}, {plan, expected: edited, changes}),
		{
			// The live status screen follows the gateway and verifies (it moves onto the engine next).
			stopBefore: ['follow'],
			onPhase(next) {
				if (isStage(next.phase)) {
					stage = next.phase;
					onStage(stage);
				}
			},
		},
	);
	return submitOutcome(state, stage);
}
