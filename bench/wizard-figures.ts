// The wizard's own figures, measured against a sandbox this process runs (so its call log and
// timing are readable): typing latency and bytes on a form step (beside a bare Ink text field typed
// into in turn), the live status view's output
// rate and polling, the delay before it notices the gateway is active, peak memory, API calls per
// journey, the picker in a region of 2,000 servers, and the keys a small change takes.
import {performance} from 'node:perf_hooks';
import {setTimeout as delay} from 'node:timers/promises';
import type {Row} from './report.js';
import {measureKeystrokesInTurn} from './keystroke-latency.js';
import {compareKeystrokes, keystrokeRows} from './keystroke-ratio.js';
import {peakRssMegabytes} from './process-memory.js';
import {round, summarize} from './stats.js';
import {startTestSandbox, callsOf} from '../test/support/test-sandbox.js';
import {cliNode, launchWizard, targetArgs, targetEnv} from '../test/support/wizard-process.js';
import {startPty, type PtySession} from '../test/support/pty-session.js';
import {journey, pressAndWait} from '../test/support/wizard-journey.js';
import {largeRegion as largeRegionSeed} from '../source/sandbox/seed/large-region.js';
import {keystrokesPerTask} from './keystrokes-per-task.js';

/** Text of the wizard's first screen under --sandbox. */
export const wizardFirstScreen = 'SANDBOX: nothing real is changed';

export type WizardFigures = {rows: Row[]; raw: Record<string, unknown>};

const keystrokes = 200;
const keysPerSecond = 10;
const updatingMs = 20_000;
const statusWindowMs = 10_000;

const countByAction = (calls: Array<{action: string}>): Record<string, number> => {
	const counts: Record<string, number> = {};
	for (const call of calls) {
		counts[call.action] = (counts[call.action] ?? 0) + 1;
	}

	return counts;
};

/** The bare Ink text field (bench/fixtures/bare-ink-text-field.tsx, bundled like the CLI), ready for keys. */
async function startBareTextField(bundle: string): Promise<PtySession> {
	const session = startPty({command: cliNode, args: [bundle], cols: 80, rows: 24});
	await session.waitForText('Name: ', {timeout: 15_000});
	return session;
}

/**
 * Typing on Basics, key by key in turn with the bare Ink text field (`bareTextField`, its bundle),
 * then a Phase 1 change submitted and followed until verified.
 */
async function typingAndJourney(bareTextField: string): Promise<{rows: Row[]; raw: Record<string, unknown>}> {
	const sandbox = await startTestSandbox({updatingMs});
	const {session} = launchWizard({
		args: targetArgs(sandbox.target, ['--region', journey.regionId, '--server', journey.serverId]),
		env: targetEnv(sandbox.target),
	});
	let bare: PtySession | undefined;
	try {
		await journey.toBasics(session);
		bare = await startBareTextField(bareTextField);
		// Warm-up: a key pressed the instant a step appears may be swallowed (see the type-ahead
		// test); the measured keys start once each field has answered one.
		for (const warming of [session, bare]) {
			await pressAndWait(warming, 'x');
			await pressAndWait(warming, '\u007F');
		}

		const [wizardSamples, bareSamples] = await measureKeystrokesInTurn([session, bare], keystrokes, 1000 / keysPerSecond);
		await bare.kill();
		const typing = compareKeystrokes(wizardSamples!, bareSamples!);
		// Put the name back as it was, so the journey below changes only Phase 1.
		await pressAndWait(session, '\u0015');
		session.write(journey.serverName);
		await session.waitForText(journey.serverName);

		await journey.changeIkeEncryptionAndSubmit(session, 'aes192'); // platform-admins already has aes256
		await session.waitForText(journey.updatingText, {timeout: 20_000});
		const windowStart = Date.now();
		const bytesBefore = session.bytesWritten;
		await delay(statusWindowMs); // a measurement window, not a synchronisation
		const bytesPerSecond = (session.bytesWritten - bytesBefore) / (statusWindowMs / 1000);
		const pollsPerMinute = callsOf(sandbox, 'DescribeVpnGateway', windowStart).filter(call => call.at < windowStart + statusWindowMs).length
			* (60_000 / statusWindowMs);

		await session.waitForText(journey.verifiedText, {timeout: updatingMs + 30_000});
		const verifiedAt = Date.now();
		const applied = sandbox.inspect.appliedUpdates().at(-1);
		const activeAt = applied ? applied.at + updatingMs : Number.NaN;
		// The wizard can only learn of `active` from a DescribeVpnGateway answer after that moment.
		const firstPollAfter = callsOf(sandbox, 'DescribeVpnGateway', activeAt)[0];
		const noticeDelay = firstPollAfter ? firstPollAfter.at - activeAt : Number.NaN;
		const verifiedDelay = verifiedAt - activeAt;
		const peakRss = peakRssMegabytes(session.pid);
		const calls = countByAction(sandbox.inspect.calls());
		const totalCalls = Object.values(calls).reduce((total, count) => total + count, 0);
		return {
			rows: [
				...keystrokeRows(typing, keystrokes, keysPerSecond),
				{metric: 'live status output while updating', value: round(bytesPerSecond), unit: 'B/s', limit: {label: 'budget', value: 1024}},
				{metric: 'DescribeVpnGateway polls while updating', value: round(pollsPerMinute), unit: '/min', limit: {label: 'budget', value: 20}},
				{metric: 'sandbox active → first poll that sees it', value: round(noticeDelay / 1000, 2), unit: 's', limit: {label: 'budget', value: 3}},
				{metric: 'sandbox active → "Verified" on screen', value: round(verifiedDelay / 1000, 2), unit: 's'},
				{metric: 'peak RSS over the journey (VmHWM)', value: peakRss === undefined ? undefined : round(peakRss), unit: 'MB', limit: {label: 'budget', value: 100}},
				{metric: 'API calls per journey', value: totalCalls, unit: '', note: Object.entries(calls).map(([action, count]) => `${action} ${count}`).join(', ')},
			],
			raw: {
				lostKeys: typing.wizard.lostKeys,
				latencyMs: typing.wizard.latency,
				bytesPerKeystroke: {...typing.wizard.bytes, mean: typing.wizard.meanBytes},
				bareTextField: {lostKeys: typing.bare.lostKeys, latencyMs: typing.bare.latency, bytesPerKeystroke: {...typing.bare.bytes, mean: typing.bare.meanBytes}},
				keystrokeP95Ratio: typing.p95Ratio,
				keystrokeP50Ratio: typing.p50Ratio,
				bytesPerSecond, pollsPerMinute, noticeDelayMs: noticeDelay, verifiedDelayMs: verifiedDelay, peakRssMb: peakRss, callsByAction: calls},
		};
	} finally {
		await bare?.kill();
		await session.kill();
		await sandbox.close();
	}
}

/** The picker in a region of 2,000 servers: first page, then an exact find by ID and by name. */
async function largeRegion(): Promise<{rows: Row[]; raw: Record<string, unknown>}> {
	const sandbox = await startTestSandbox({largeRegionServers: 2000});
	const {session} = launchWizard({
		args: targetArgs(sandbox.target, ['--region', journey.largeRegionId]),
		env: targetEnv(sandbox.target),
	});
	try {
		const listCalls = () => callsOf(sandbox, 'ListIpsecServers').length;
		await journey.waitForPickerFirstPage(session);
		const firstPageMs = performance.now() - session.startedAt;
		const firstPageCalls = listCalls();
		// Servers far down the list (two different ones, so the second is not already loaded by the
		// first find): finding one must not mean paging through 100 pages.
		const seed = largeRegionSeed(2000);
		const findings: Record<string, {ms: number; calls: number}> = {};
		for (const [kind, query] of [['ID', seed.servers[1500]?.ipsecServerId], ['name', seed.servers[1700]?.ipsecServerName]] as const) {
			if (!query) {
				continue;
			}

			const callsBefore = listCalls();
			const startedAt = performance.now();
			await journey.searchPicker(session, query);
			findings[kind] = {ms: performance.now() - startedAt, calls: listCalls() - callsBefore};
		}

		return {
			rows: [
				{metric: 'picker first page, 2,000 servers (from spawn)', value: round(firstPageMs), unit: 'ms'},
				{metric: 'ListIpsecServers calls for the first page', value: firstPageCalls, unit: '', limit: {label: 'budget', value: 1}},
				...Object.entries(findings).flatMap(([kind, finding]): Row[] => [
					{metric: `exact find by ${kind}: time to result`, value: round(finding.ms), unit: 'ms'},
					{metric: `exact find by ${kind}: ListIpsecServers calls`, value: finding.calls, unit: '', limit: {label: 'budget', value: 2}},
				]),
			],
			raw: {firstPageMs, firstPageCalls, findings},
		};
	} finally {
		await session.kill();
		await sandbox.close();
	}
}

async function section(name: string, measure: () => Promise<{rows: Row[]; raw: Record<string, unknown>}>) {
	try {
		return await measure();
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		console.error(`bench: ${name}: ${error instanceof Error ? error.message : String(error)}`);
		return {rows: [{metric: name, value: undefined, unit: '', note: `not measured: ${message.slice(0, 70)}`}], raw: {error: message}};
	}
}

/** `bareTextField`: the bundle of the bare Ink text field, the keystroke baseline. */
export async function measureWizard({bareTextField}: {bareTextField: string}): Promise<WizardFigures> {
	const journeyFigures = await section('typing and journey', async () => typingAndJourney(bareTextField));
	const largeFigures = await section('picker with 2,000 servers', largeRegion);
	const taskFigures = await section('keys per task', keystrokesPerTask);
	return {
		rows: [...journeyFigures.rows, ...largeFigures.rows, ...taskFigures.rows],
		raw: {journey: journeyFigures.raw, largeRegion: largeFigures.raw, keysPerTask: taskFigures.raw},
	};
}
