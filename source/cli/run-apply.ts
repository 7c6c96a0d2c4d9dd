// `ipsec-wizard apply plan.json [--yes]`: the plan's change through the same engine and runner as the
// wizard's submit: re-read (refused, fields named, if the server changed since the plan; "already
// applied" when it holds the plan's values), DryRun, the pending record and the audit line, the
// plan's ClientToken (the same plan twice never applies twice), then follow the gateway and verify.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {applyPlan, configFromServer} from '../domain/index.js';
import {apiKey} from '../domain/api-settings.js';
import type {Phase} from '../engine/journey.js';
import {loadedFromPlan, readPlanText, updatePlanOf, type PlanFile} from '../engine/plan-file.js';
import {runJourney} from '../engine/runner.js';
import {replayedAnswer} from '../engine/token-replay.js';
import type {AuditEntry} from '../services/audit-log.js';
import {planned, update} from '../engine/update.js';
import {pskMatchesHash} from '../services/pending-update.js';
import {formatDuration, watchProgressLine} from '../ui/flow/status-lines.js';
import {terminalText} from '../ui/fields/terminal-text.js';
import {connectionFlags} from './connection-flags.js';
import type {ExitController} from './exit-controller.js';
import {ending, exitCodes} from './outcome-table.js';
import type {ApplyCommand} from './parse-runbook-arguments.js';
import {readPskFile} from './read-psk-file.js';
import {createOutput, fail, runbookServices, type Output} from './runbook-output.js';
import {isUtf8Locale} from './terminal-capabilities.js';
import {createWaitingLine, type WaitingLine} from './waiting-line.js';

async function readPlan(file: string): Promise<{plan: PlanFile} | {problem: string}> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {problem: `The plan ${file} ${code === 'ENOENT' ? 'does not exist' : 'could not be read'}; give the file written by ipsec-wizard plan --out.`};
	}

	return readPlanText(text, file);
}

async function readAuditLines(file: string): Promise<AuditEntry[]> {
	const text = await readFile(file, 'utf8').catch(() => '');
	const {z} = await import('zod');
	const lineSchema = z.object({time: z.string(), ipsecServerId: z.string(), verdict: z.string(), requestIds: z.array(z.string())}).passthrough();
	return text.split('\n').flatMap(line => {
		try {
			const parsed = lineSchema.safeParse(JSON.parse(line));
			return parsed.success ? [parsed.data as unknown as AuditEntry] : [];
		} catch {
			return [];
		}
	});
}

async function confirmed(plan: PlanFile, exitController: ExitController): Promise<boolean> {
	const reader = createInterface({input: process.stdin, output: process.stdout});
	// readline takes Ctrl+C itself on a terminal: it must still end the program like a signal.
	reader.on('SIGINT', () => {
		exitController.handleSignal('SIGINT');
	});
	try {
		const answer = await reader.question(`Apply to ${plan.ipsecServerId} now? [y/N] `);
		return /^y(es)?$/i.test(answer.trim());
	} finally {
		reader.close();
	}
}

const stageLines: Partial<Record<Phase['phase'], (plan: PlanFile) => string>> = {
	rereading: plan => `Re-reading ${plan.ipsecServerId} (has it changed since the plan was made?)`,
	prechecking: () => 'Prechecking with DryRun',
	recording: () => 'Recording the pending update',
	submitting: plan => `Sending UpdateIpsecServer (ClientToken ${plan.clientToken})`,
	following: plan => `Following gateway ${plan.vpnGatewayId} until it is active again`,
	verifying: plan => `Re-reading ${plan.ipsecServerId} to verify`,
};

/**
 * apply's progress: plain lines, and on a terminal (without --json) one more line below them while
 * the gateway is followed, counting the wait (as `status` does), so minutes of `updating` never look
 * like a hang. On a pipe there is no such line: the output stays plain text for logs.
 */
function followingProgress(output: Output, json: boolean, now: () => number) {
	let waiting: WaitingLine | undefined;
	const onTerminal = Boolean(process.stdout.isTTY) && !json;
	const unicode = isUtf8Locale(process.env);
	return {
		line(text: string) {
			if (waiting) {
				// The same neutralised text output.line would print, above the waiting line.
				waiting.print(terminalText(text, unicode));
			} else {
				output.line(text);
			}
		},
		startWaiting() {
			if (onTerminal && !waiting) {
				waiting = createWaitingLine({write: text => process.stdout.write(text), now, columns: () => process.stdout.columns ?? 80, unicode});
			}
		},
		observed(status: string, at: number) {
			waiting?.update({status, lastLookAt: at});
		},
		stop() {
			waiting?.stop();
			waiting = undefined;
		},
	};
}

export async function runApply(command: ApplyCommand, exitController: ExitController): Promise<void> {
	const output = createOutput(command);
	const read = await readPlan(command.planFile);
	if ('problem' in read) {
		fail(exitController, output, exitCodes.usage, read.problem);
		return;
	}

	const {plan} = read;
	const follow = {regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId, ipsecServerId: plan.ipsecServerId, connectionFlags: connectionFlags(command)};
	const context = {follow, timeout: formatDuration(command.timeoutMs), again: `ipsec-wizard apply ${command.planFile}`};
	// What a signal or Ctrl+C prints now, and once the update may be on its way (the outcome table's lines).
	exitController.setInterruptLines(ending({kind: 'interrupted', sent: false}, context).lines);
	let newKey: string | undefined;
	if (plan.newKey) {
		// Named from the plan's folder: the plan and its key file travel together.
		const key = await readPskFile(path.resolve(path.dirname(command.planFile), plan.newKey.file));
		if (key.error) {
			fail(exitController, output, exitCodes.usage, `${key.error.replace(/; check the path given to --psk-file\.$/, '')}; the plan's new key is kept there, beside the plan: copy it along with the plan.`);
			return;
		}

		if (!pskMatchesHash(key.psk!, plan.newKey.hash)) {
			fail(exitController, output, exitCodes.usage, `The key in ${plan.newKey.file} is not the one this plan was made with; nothing was sent. Make the plan again.`);
			return;
		}

		newKey = key.psk;
	}

	const loaded = loadedFromPlan(plan);
	const config = configFromServer(loaded.server);
	const toSend = updatePlanOf(plan, newKey);
	const expected = applyPlan(config, toSend);
	const waiting = planned(
		{loaded, config, key: plan.snapshot.keyHash ? {kind: 'hashed', hash: plan.snapshot.keyHash} : {kind: 'plain'}},
		{plan: toSend, expected, changes: plan.changes},
	).state;
	if (!command.yes) {
		if (!process.stdin.isTTY || !process.stdout.isTTY) {
			fail(exitController, output, exitCodes.usage, 'apply asks before it changes anything, and there is no terminal to ask on; add --yes to apply without asking.');
			return;
		}

		for (const change of plan.changes) {
			output.line(`  ${apiKey(change.field)}: ${change.before} -> ${change.after}`);
		}

		if (!(await confirmed(plan, exitController))) {
			const cancelled = update(waiting, {kind: 'cancelled'}).state;
			const {code, lines} = ending(cancelled.phase === 'done' ? cancelled.outcome : {kind: 'cancelled'}, context);
			lines.forEach(output.line);
			exitController.exit(code);
			return;
		}
	}

	const services = runbookServices(command, exitController);
	let api;
	try {
		({api} = await services.connect());
	} catch (error) {
		fail(exitController, output, exitCodes.failed, error);
		return;
	}

	// The audit log as it was before this run: a replayed answer is recognised from its lines.
	const earlierAudit = await readAuditLines(services.auditLog.path);
	const controller = new AbortController();
	exitController.onCleanup(() => {
		controller.abort();
	});
	const progress = followingProgress(output, command.json, () => services.clock.now());
	// Taken down first on any exit, so the final lines start on a clean line.
	exitController.attachUi({unmount: progress.stop});
	const state = await runJourney(
		{api, pendingUpdates: services.pendingUpdates, auditLog: services.auditLog, clock: services.clock},
		update(waiting, {kind: 'confirmed'}),
		{
			timeoutMs: command.timeoutMs,
			signal: controller.signal,
			onPhase(next) {
				const line = stageLines[next.phase]?.(plan);
				if (line) {
					progress.line(line);
				}

				if (next.phase === 'following') {
					progress.startWaiting();
				} else if (next.phase === 'done') {
					progress.stop();
				}

				if (next.phase === 'submitting') {
					// From here the update may be on its way: an interrupt says how to follow it.
					exitController.setInterruptLines(ending({kind: 'interrupted', sent: true}, context).lines);
				}
			},
			onWatchEvent(event) {
				if (event.kind === 'observed') {
					progress.observed(event.observation.status, event.observation.at);
				}

				const line = watchProgressLine(event, plan.vpnGatewayId);
				if (line) {
					progress.line(line);
				}
			},
		},
	);
	progress.stop();
	const outcome = state.phase === 'done' ? state.outcome : ({kind: 'interrupted', sent: true} as const);
	const {code, lines} = ending(outcome, context);
	const replay = 'requestIds' in outcome ? replayedAnswer(outcome.requestIds.at(-1), plan.ipsecServerId, earlierAudit) : undefined;
	const replayLine = replay
		? [`The service answered with the answer it gave this plan's ClientToken at ${replay.time} (RequestId ${replay.requestIds.at(-1)}): the plan was applied then, and nothing was applied again.`]
		: [];
	const problem = services.auditLog.problem();
	const all = [...replayLine, ...lines, ...(problem ? [problem] : [])];
	all.forEach(output.line);
	if (command.json) {
		output.json({outcome: outcome.kind, exitCode: code, lines: all, ...('requestIds' in outcome ? {requestIds: outcome.requestIds} : {})});
	}

	exitController.exit(code);
}
