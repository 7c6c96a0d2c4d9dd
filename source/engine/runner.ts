// The one runner: carries out the engine's commands through the injected services, one at a time
// and in order, and feeds each result back to update() as an event. It is the only code that calls
// services during a journey; the wizard's submit step and `apply` both run it, so both send the same
// calls in the same order.
import {isApiError} from '../api/api-error.js';
import type {VpcApi} from '../api/vpc-api.js';
import {classifyOutcome, verifyApplied} from '../domain/index.js';
import type {AuditLog} from '../services/audit-log.js';
import type {Clock} from '../services/clock.js';
import {fileProblemReason, isFileSystemError} from '../services/file-problem.js';
import {pendingUpdateFromPlan, verificationInputsFromPending} from '../services/pending-update.js';
import type {PendingUpdateStore} from '../services/pending-update-store.js';
import {recordOutcome} from '../services/record-outcome.js';
import {watchUpdate, type WatchEvent, type WatchTarget} from '../services/watch-update.js';
import type {Command, Event, Failure, Phase, Step} from './journey.js';
import {loadServer, loadServerContext} from './load-server.js';
import {update} from './update.js';

export const busyCodes = new Set(['VpnGateway.Configuring', 'OperationConflict']);

export type EngineServices = {
	api: VpcApi;
	pendingUpdates: PendingUpdateStore;
	auditLog: AuditLog;
	clock: Clock;
};

export type RunOptions = {
	/** How long to follow the gateway before giving up. */
	timeoutMs?: number;
	signal?: AbortSignal;
	/** Each new phase, as it is entered. */
	onPhase?(state: Phase): void;
	/** Progress while following (each look at the gateway, failed polls). */
	onWatchEvent?(event: WatchEvent): void;
	/** Stop (and return the phase reached) before carrying out a command of these kinds. */
	stopBefore?: ReadonlyArray<Command['kind']>;
};

/** An error as the flow's rules see it. */
export function failureOf(error: unknown): Failure {
	if (isApiError(error)) {
		return {
			api: true,
			unknown: error.outcome === 'unknown',
			busy: busyCodes.has(error.code),
			...(error.requestId ? {requestId: error.requestId} : {}),
			detail: error.describe(),
		};
	}

	return {
		api: false,
		unknown: false,
		busy: false,
		...(isFileSystemError(error) ? {sentence: `A file could not be written: ${fileProblemReason(error)}; nothing was sent.`} : {}),
	};
}

const callsTheService = new Set<Command['kind']>(['read-server', 'load-context', 'dry-run', 'submit']);

const defaultTimeoutMs = 10 * 60_000;

/** The watch's progress, to the caller as it is and to the journey as events. */
const watchEvents = (options: RunOptions, feed: (event: Event) => void) => (event: WatchEvent) => {
	options.onWatchEvent?.(event);
	if (event.kind === 'verifying') {
		feed({kind: 'verifying'});
	} else if (event.kind === 'observed') {
		feed({kind: 'gateway-observed', observation: event.observation});
	}
};

/** `feed` takes the progress a long command reports on the way (the gateway looked at, verifying). */
async function execute(services: EngineServices, command: Command, options: RunOptions, feed: (event: Event) => void): Promise<Event | undefined> {
	const {api} = services;
	// Every follow watches the gateway the same way; only what it judges the server by differs.
	const follow = async (target: WatchTarget): Promise<Event> => ({
		kind: 'followed',
		outcome: await watchUpdate({
			api,
			clock: services.clock,
			target,
			timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
			signal: options.signal ?? new AbortController().signal,
			onEvent: watchEvents(options, feed),
		}),
	});
	try {
		switch (command.kind) {
			case 'read-server': {
				return {kind: 'server-read', server: await loadServer(api, command.regionId, command.ipsecServerId)};
			}

			case 'load-context': {
				return {kind: 'context-loaded', loaded: await loadServerContext(api, command.server)};
			}

			case 'dry-run': {
				// The api leaves the ClientToken off a DryRun: the plan's token is kept for the real call.
				const result = await api.updateIpsecServer(command.plan, {dryRun: true});
				return {kind: 'dry-run-passed', requestId: result.requestId};
			}

			case 'record-pending': {
				try {
					await services.pendingUpdates.record(
						pendingUpdateFromPlan(command.plan, command.expected, new Date(services.clock.now()), {before: command.before, changes: command.changes}),
					);
				} catch (error) {
					return {
						kind: 'failed',
						error,
						failure: {
							api: false,
							unknown: false,
							busy: false,
							sentence: `The pending update could not be recorded in ${services.pendingUpdates.path}: ${fileProblemReason(error)}; nothing was sent.`,
						},
					};
				}

				return {kind: 'pending-recorded'};
			}

			case 'clear-pending': {
				await services.pendingUpdates.clear(command.ipsecServerId).catch(() => undefined);
				return undefined;
			}

			case 'audit': {
				// A failed audit write is remembered by the log (problem()) and said at the end; it never
				// stops or fails the update.
				const {target, changes, requestIds, verdict, detail} = command;
				await services.auditLog
					.append({
						time: new Date(services.clock.now()).toISOString(),
						...target,
						changes,
						requestIds,
						verdict,
						...(detail === undefined ? {} : {detail}),
					})
					.catch(() => undefined);
				return undefined;
			}

			case 'submit': {
				const result = await api.updateIpsecServer(command.plan);
				return {kind: 'submitted', requestId: result.requestId};
			}

			case 'follow': {
				const {plan, expected, before, key} = command;
				return follow({
					regionId: plan.regionId,
					vpnGatewayId: plan.vpnGatewayId,
					ipsecServerId: plan.ipsecServerId,
					synchronous: plan.synchronous,
					verify: server => verifyApplied(plan, expected, server),
					classify: server => classifyOutcome({plan, expected, before: key.kind === 'plain' ? before : {...before, psk: undefined}}, server),
				});
			}

			case 'follow-pending': {
				const {pending} = command;
				const inputs = verificationInputsFromPending(pending);
				return follow({
					regionId: pending.regionId,
					vpnGatewayId: pending.vpnGatewayId,
					ipsecServerId: pending.ipsecServerId,
					synchronous: pending.synchronous,
					verify: server => verifyApplied(inputs.plan, inputs.expected, server, inputs.keyCheck),
					classify: server => classifyOutcome(inputs, server),
				});
			}

			case 'follow-gateway': {
				return follow({...command.target, synchronous: false});
			}

			case 'record-outcome': {
				const {target, changes, requestIds, outcome, detail} = command;
				await recordOutcome(services, {target, changes, requestIds, ...(detail === undefined ? {} : {detail})}, outcome);
				return undefined;
			}
		}
	} catch (error) {
		return {kind: 'failed', error, failure: failureOf(error)};
	}
}

/** Runs the journey from `step` until no command is left (or a `stopBefore` command is next). */
export async function runJourney(services: EngineServices, step: Step, options: RunOptions = {}): Promise<Phase> {
	let {state} = step;
	const queue = [...step.commands];
	const feed = (event: Event) => {
		const next = update(state, event);
		if (next.state.phase !== state.phase) {
			options.onPhase?.(next.state);
		}

		state = next.state;
		queue.push(...next.commands);
	};

	options.onPhase?.(state);
	while (queue.length > 0) {
		const command = queue.shift()!;
		if (options.stopBefore?.includes(command.kind)) {
			return state;
		}

		// A signal before the next call to the service: nothing more is sent (the follow watches the
		// signal itself; the records are still written).
		const event = options.signal?.aborted && callsTheService.has(command.kind)
			? ({kind: 'interrupted', callInFlight: false} as const)
			: await execute(services, command, options, feed);
		if (event) {
			feed(event);
		}
	}

	return state;
}
