// Step 9 as a sequence, free of React: re-read the server (someone may have changed it since it was
// loaded), DryRun precheck, record the pending update (before anything can change), submit with the
// plan's ClientToken, write the audit line. Each outcome says where the wizard goes next.
import {isApiError, type ApiError} from '../../api/api-error.js';
import type {VpcApi} from '../../api/vpc-api.js';
import {configFromServer, diffConfig, type FieldChange} from '../../domain/index.js';
import type {IpsecServerConfig, UpdatePlan} from '../../domain/model.js';
import type {AuditLog} from '../../services/audit-log.js';
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
	/** The server differs from the loaded baseline: back to the review with the new one. */
	| {kind: 'changed-elsewhere'; baseline: Loaded; changes: FieldChange[]}
	/** The gateway is busy with another change: wait for it, then offer to retry the same plan. */
	| {kind: 'busy'; error: ApiError}
	| {kind: 'rejected'; error: unknown; stage: SubmitStage};

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
	const audit = async (verdict: 'submitted' | 'failed', detail?: string) => {
		await auditLog
			.append({
				time: new Date(now()).toISOString(),
				regionId: plan.regionId,
				ipsecServerId: plan.ipsecServerId,
				vpnGatewayId: plan.vpnGatewayId,
				changes,
				requestIds,
				verdict,
				detail,
			})
			.catch(() => undefined);
	};

	try {
		onStage(stage);
		const reread = await loadServer(api, plan.regionId, plan.ipsecServerId);
		const changedElsewhere = diffConfig(configFromServer(loaded.server), configFromServer(reread), loaded.context);
		if (!changedElsewhere.isEmpty) {
			return {kind: 'changed-elsewhere', baseline: await loadServerContext(api, reread), changes: changedElsewhere.changes};
		}

		stage = 'prechecking';
		onStage(stage);
		const dryRun = await api.updateIpsecServer(plan, {dryRun: true});
		requestIds.push(dryRun.requestId);

		stage = 'recording';
		onStage(stage);
		await pendingUpdates.record(pendingUpdateFromPlan(plan, edited, new Date(now())));

		stage = 'submitting';
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

			// A refusal by the service changed nothing; a lost connection may have, so the pending
			// update stays for a later `status` to settle.
			if (error.kind === 'service') {
				await pendingUpdates.clear().catch(() => undefined);
			}
		}

		if (isApiError(error) && busyCodes.has(error.code)) {
			return {kind: 'busy', error};
		}

		if (stage === 'submitting') {
			await audit('failed', isApiError(error) ? error.describe() : undefined);
		}

		return {kind: 'rejected', error, stage};
	}
}
