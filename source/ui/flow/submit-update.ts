// Step 9 as a sequence, free of React: re-read the server (someone may have changed it since it was
// loaded), DryRun precheck (with no ClientToken: the plan's token is kept for the real call), record
// the pending update and the audit line `sending` (before anything can change), submit with the
// plan's ClientToken, write its answer to the audit log. Each outcome says where the wizard goes
// next. An answer that never arrived is `unknown`: only a re-read of the server can say what
// happened, so nothing here claims either way.
import {isApiError, type ApiError} from '../../api/api-error.js';
import type {VpcApi} from '../../api/vpc-api.js';
import {configFromServer, diffConfig, verifyApplied, type FieldChange} from '../../domain/index.js';
import type {IpsecServerConfig, UpdatePlan} from '../../domain/model.js';
import type {AuditLog, AuditVerdict} from '../../services/audit-log.js';
import {fileProblemReason, isFileSystemError} from '../../services/file-problem.js';
import {pendingUpdateFromPlan} from '../../services/pending-update.js';
import type {PendingUpdateStore} from '../../services/pending-update-store.js';
import type {Loaded} from './app-reducer.js';
import {loadServer, loadServerContext} from './load-server-context.js';

export type SubmitStage = 'rereading' | 'prechecking' | 'recording' | 'submitting';

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

export const busyCodes = new Set(['VpnGateway.Configuring', 'OperationConflict']);

export type SubmitDependencies = {
	api: VpcApi;
	pendingUpdates: PendingUpdateStore;
	auditLog: AuditLog;
	now(): number;
	onStage(stage: SubmitStage): void;
};

export async function submitUpdate(
	{api, pendingUpdates, auditLog, now, onStage}: SubmitDependencies,
	{plan, edited, loaded}: {plan: UpdatePlan; edited: IpsecServerConfig; loaded: Loaded},
): Promise<SubmitOutcome> {
	let stage: SubmitStage = 'rereading';
	const requestIds: string[] = [];
	const changes = diffConfig(configFromServer(loaded.server), edited, loaded.context).changes;
	// A failed audit write is remembered by the log (problem()) and said by the screens; it never
	// stops or fails the update.
	const audit = async (verdict: AuditVerdict, detail?: string) => {
		await auditLog
			.append({
				time: new Date(now()).toISOString(),
				regionId: plan.regionId,
				ipsecServerId: plan.ipsecServerId,
				vpnGatewayId: plan.vpnGatewayId,
				changes,
				requestIds: [...requestIds],
				verdict,
				...(detail === undefined ? {} : {detail}),
			})
			.catch(() => undefined);
	};

	try {
		onStage(stage);
		const reread = await loadServer(api, plan.regionId, plan.ipsecServerId);
		const changedElsewhere = diffConfig(configFromServer(loaded.server), configFromServer(reread), loaded.context);
		if (!changedElsewhere.isEmpty) {
			// The server already has what the plan sets (our own earlier attempt, e.g. retried after
			// a busy answer): there is nothing to send, and nobody else to blame.
			if (verifyApplied(plan, edited, reread).verified) {
				return {kind: 'already-applied', requestIds};
			}

			return {kind: 'changed-elsewhere', baseline: await loadServerContext(api, reread), changes: changedElsewhere.changes};
		}

		stage = 'prechecking';
		onStage(stage);
		const dryRun = await api.updateIpsecServer(plan, {dryRun: true});
		requestIds.push(dryRun.requestId);

		stage = 'recording';
		onStage(stage);
		try {
			await pendingUpdates.record(pendingUpdateFromPlan(plan, edited, new Date(now()), {before: configFromServer(loaded.server), changes}));
		} catch (error) {
			// Without the record a lost answer could not be found again: do not send.
			return {
				kind: 'rejected',
				error,
				stage,
				sentence: `The pending update could not be recorded in ${pendingUpdates.path}: ${fileProblemReason(error)}; nothing was sent.`,
			};
		}

		stage = 'submitting';
		await audit('sending');
		onStage(stage);
		const result = await api.updateIpsecServer(plan);
		requestIds.push(result.requestId);
		await audit('submitted');
		return {kind: 'submitted', requestIds};
	} catch (error) {
		if (stage === 'submitting' && isApiError(error)) {
			if (error.requestId) {
				requestIds.push(error.requestId);
			}

			if (error.outcome === 'unknown') {
				await audit('unknown', error.describe());
				return {kind: 'unknown', error, requestIds};
			}

			// Refused, or never sent (a refused connection): nothing was applied.
			await pendingUpdates.clear(plan.ipsecServerId).catch(() => undefined);
		}

		if (stage === 'submitting') {
			await audit('failed', isApiError(error) ? error.describe() : undefined);
		}

		if (isApiError(error) && busyCodes.has(error.code)) {
			return {kind: 'busy', error};
		}

		return {kind: 'rejected', error, stage, ...(isFileSystemError(error) ? {sentence: `A file could not be written: ${fileProblemReason(error)}; nothing was sent.`} : {})};
	}
}
