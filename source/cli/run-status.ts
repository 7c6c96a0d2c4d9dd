// `ipsec-wizard status --region R --gateway vpn-… [--server iss-…]`: follow the gateway until it is
// active again and, with --server, verify the unfinished update recorded for it. Plain lines, so it
// works without a terminal (CI, cron, a dropped SSH session); in a terminal one more line below them
// counts the wait (waiting-line.ts). It ends through the outcome table, like the wizard's re-attach.
import {createServices} from '../services/services.js';
import type {GatewayTarget} from '../engine/journey.js';
import {runJourney} from '../engine/runner.js';
import {startFollowingPending, startWatchingGateway} from '../engine/update.js';
import {errorSentence} from '../ui/flow/error-text.js';
import {clockTime, formatDuration, reattachCommand, watchProgressLine} from '../ui/flow/status-lines.js';
import {terminalText} from '../ui/fields/terminal-text.js';
import {connectionFlags} from './connection-flags.js';
import {isUtf8Locale} from './terminal-capabilities.js';
import {exitCodes} from './exit-codes.js';
import {ending} from './outcome-table.js';
import type {ExitController} from './exit-controller.js';
import {createWaitingLine} from './waiting-line.js';
import type {StatusCommand} from './parse-arguments.js';

export async function runStatus(command: StatusCommand, exitController: ExitController): Promise<void> {
	const services = createServices({env: process.env, flags: {sandbox: command.sandbox, profile: command.profile, endpoint: command.endpoint}});
	exitController.onCleanup(async () => services.close());
	// Plain lines still honour the locale: under LANG=C a `…` in a masked key arrives as garbage.
	const unicode = isUtf8Locale(process.env);
	let print = (line: string) => {
		process.stdout.write(`${terminalText(line, unicode)}\n`);
	};

	let connection;
	try {
		connection = await services.connect();
	} catch (error) {
		process.stderr.write(`${terminalText(errorSentence(error), unicode)}\n`);
		exitController.exit(exitCodes.failed);
		return;
	}

	// One record per server: the newest unverified one on this gateway (and server, if named).
	const matching = (await services.pendingUpdates.list()).find(
		pending => pending.vpnGatewayId === command.gateway && pending.regionId === command.region && (command.server === undefined || pending.ipsecServerId === command.server),
	);
	const ipsecServerId = command.server ?? matching?.ipsecServerId;
	const target: GatewayTarget = {regionId: command.region, vpnGatewayId: command.gateway, ...(ipsecServerId === undefined ? {} : {ipsecServerId})};
	print(`Credentials: ${connection.credentials.source}, AccessKey ID ${connection.credentials.accessKeyIdMasked}`);
	print(
		matching
			? `Following the update of ${matching.ipsecServerId} recorded ${matching.recordedAt} (gateway ${command.gateway}).`
			: `Following gateway ${command.gateway} in ${command.region} until it is active (no recorded update to verify).`,
	);

	const waiting = process.stdout.isTTY
		? createWaitingLine({
				write(text) {
					process.stdout.write(text);
				},
				now: () => services.clock.now(),
				columns: () => process.stdout.columns ?? 80,
				unicode,
			})
		: undefined;
	if (waiting) {
		print = line => {
			waiting.print(terminalText(line, unicode));
		};

		print('Ctrl+C stops watching; the update goes on in the cloud.');

		// Taken down first on any exit, so the final lines start on a clean line.
		exitController.attachUi({unmount: waiting.stop});
	}

	exitController.setInterruptLines([
		`Stopped watching; the gateway goes on by itself. Follow it again with: ${reattachCommand({...target, connectionFlags: connectionFlags(command)})}`,
	]);
	const controller = new AbortController();
	exitController.onCleanup(() => {
		controller.abort();
	});
	// The same runner as the wizard's re-attach: a recorded update is judged against its record (and
	// its verdict recorded); without one the gateway is only followed until it is active.
	const state = await runJourney(
		{api: connection.api, pendingUpdates: services.pendingUpdates, auditLog: services.auditLog, clock: services.clock},
		matching ? startFollowingPending(matching) : startWatchingGateway(target),
		{
			timeoutMs: command.timeoutMs,
			signal: controller.signal,
			onWatchEvent(event) {
				if (event.kind === 'observed') {
					waiting?.update({status: event.observation.status, lastLookAt: event.observation.at});
				}

				const line = watchProgressLine(event, command.gateway);
				if (line) {
					print(line);
				} else if (event.kind === 'verifying') {
					print(`${clockTime(event.at)}  re-reading ${target.ipsecServerId} to verify`);
				}
			},
		},
	);
	waiting?.stop();
	const outcome = state.phase === 'done' ? state.outcome : ({kind: 'interrupted', sent: true} as const);
	const {code, lines} = ending(outcome, {
		follow: {...target, connectionFlags: connectionFlags(command)},
		timeout: formatDuration(command.timeoutMs),
		again: 'ipsec-wizard',
	});
	for (const line of lines) {
		print(line);
	}

	const problem = services.auditLog.problem();
	if (problem) {
		print(problem);
	}

	exitController.exit(code);
}
