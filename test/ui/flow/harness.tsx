// The wizard (or one of its screens) against the real sandbox over loopback HTTP with the real
// client, in ink-testing-library, with stores in a temporary folder. Waits are conditions on
// frames or events, never fixed sleeps.
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import React, {useReducer} from 'react';
import type {IpsecServer, IpsecServerConfig, ServerContext, VpnGateway} from '../../../source/domain/model.js';
import {appReducer, initialAppState, type AppState} from '../../../source/ui/flow/app-reducer.js';
import {useWizardRunner} from '../../../source/ui/flow/use-wizard-runner.js';
import {VerifyUpdatePhases} from '../../../source/ui/flow/verify-update-phases.js';
import type {ExecutionContext} from 'ava';
import {render} from 'ink-testing-library';
import {createVpcClient} from '../../../source/api/vpc-client.js';
import type {VpcApi} from '../../../source/api/vpc-api.js';
import type {Sandbox, SandboxOptions} from '../../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../../source/sandbox/start-sandbox.js';
import {createServices, type Connection, type Services} from '../../../source/services/services.js';
import {wizardEnding} from '../../../source/cli/outcome-table.js';
import {App} from '../../../source/ui/app.js';
import type {AppOptions} from '../../../source/ui/flow/app-options.js';
import {KeyboardProvider} from '../../../source/ui/shell/keyboard.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';

export const keys = {
	enter: '\r',
	escape: '\u001B',
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	ctrlC: '\u0003',
	backspace: '\u007F',
	tab: '\t',
};

export async function sandboxFor(t: ExecutionContext, options: SandboxOptions = {}): Promise<Sandbox> {
	const sandbox = await startSandbox({updatingMs: 300, conflictWindowMs: 0, ...options});
	t.teardown(async () => sandbox.close());
	return sandbox;
}

export const connectionTo = (sandbox: Sandbox, api?: VpcApi): Connection => ({
	api: api ?? createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials}),
	credentials: {source: 'sandbox', accessKeyIdMasked: 'SAND…0001'},
});

/** Real services (stores in a temporary folder) whose connection is the given one. */
export async function servicesFor(t: ExecutionContext, connection: Connection): Promise<Services> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-ui-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	const services = createServices({env: {IPSEC_WIZARD_CONFIG_DIR: directory}, flags: {}});
	return {...services, connect: async () => connection};
}

const environment = (unicode = true) => ({sandbox: true, unicode, color: false, symbols: symbolsFor(unicode)});

type Instance = ReturnType<typeof render>;

export function frameOf(instance: Instance): string {
	return instance.lastFrame() ?? '';
}

/** Resolves when the condition holds for the latest frame; fails with the frame if it never does. */
export async function waitForFrame(instance: Instance, condition: (frame: string) => boolean, what = 'the expected frame', timeoutMs = 15_000): Promise<string> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		const frame = frameOf(instance);
		if (condition(frame)) {
			return frame;
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}

	throw new Error(`Never saw ${what}. Last frame:\n${frameOf(instance)}`);
}

export const waitForText = async (instance: Instance, text: string, timeoutMs?: number) => waitForFrame(instance, frame => frame.includes(text), `"${text}"`, timeoutMs);

export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > timeoutMs) {
			throw new Error(`Never saw ${what}.`);
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

/** Resolves once the frame has stopped changing (React and Ink have handled what came before). */
export async function settled(instance: Instance): Promise<void> {
	let previous = frameOf(instance);
	let stableChecks = 0;
	while (stableChecks < 3) {
		await new Promise(resolve => setTimeout(resolve, 10));
		const frame = frameOf(instance);
		stableChecks = frame === previous ? stableChecks + 1 : 0;
		previous = frame;
	}
}

/** Writes keys one at a time, each once the previous one has been handled. */
export async function press(instance: Instance, ...sequence: string[]): Promise<void> {
	await settled(instance);
	for (const key of sequence) {
		instance.stdin.write(key);
		await settled(instance);
	}
}

export type Exit = {code: number; lines: string[]};

export function renderApp(services: Services, options: Partial<AppOptions> = {}, unicode = true) {
	const exits: Exit[] = [];
	const instance = render(
		<UiEnvironmentProvider value={environment(unicode)}>
			<App
				services={services}
				options={{sandbox: true, timeoutMs: 60_000, ...options}}
				end={(outcome, follow) => {
					// As run-wizard does: the outcome table's code and lines, once the audit log has settled.
					void services.auditLog.settled().then(() => {
						const timeoutMs = options.timeoutMs ?? 60_000;
						const audit = {auditLogPath: services.auditLog.path, auditProblem: services.auditLog.problem()};
						exits.push(wizardEnding(outcome, {follow, connectionFlags: options.connectionFlags, timeoutMs, audit}));
					});
				}}
			/>
		</UiEnvironmentProvider>,
	);
	return {instance, exits};
}

/** One screen inside the providers the App gives it. */
export function renderScreen(screen: React.ReactElement, unicode = true) {
	return render(
		<UiEnvironmentProvider value={environment(unicode)}>
			<KeyboardProvider intents={{onAbort() {}, onBack() {}, onHelp() {}}}>{screen}</KeyboardProvider>
		</UiEnvironmentProvider>,
	);
}

/** Resolves when the asynchronous probe returns true (e.g. a store was written). */
export async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
	const started = Date.now();
	while (!(await probe())) {
		if (Date.now() - started > timeoutMs) {
			throw new Error(`Never saw ${what}.`);
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

/**
 * Services on the sandbox whose client reports its retries to services.retries (as in the CLI).
 * `random` fixes the backoff jitter:
 * with Math.random three waits can add up to a few milliseconds, too short for any frame to show.
 */
export async function sandboxServices(t: ExecutionContext, sandbox: Sandbox, random?: () => number): Promise<Services> {
	let services: Services | undefined;
	const api = createVpcClient({
		endpoint: sandbox.endpoint,
		credential: sandbox.credentials,
		random,
		onRetry(event) {
			services?.retries.notify(event);
		},
		// As in the CLI: the waits are the notifier's, so Esc can end them.
		sleep: async ms => services?.retries.sleep(ms),
	});
	services = await servicesFor(t, connectionTo(sandbox, api));
	return services;
}

/**
 * The final screen as the App shows it after a verified change of `server` (its state, the
 * reducer and the runner hook), without the journey before it. `onDone`: the wizard ended.
 */
export function renderSummary(services: Services, {server, config, onEnd}: {server: IpsecServer; config: IpsecServerConfig; onEnd(): void}) {
	const initial: AppState = {
		...initialAppState({}),
		outbox: [],
		phase: 'summary',
		credentials: {source: 'sandbox', accessKeyIdMasked: 'SAND…0001'},
		auditLogPath: services.auditLog.path,
		workingDirectory: services.clientProfileFiles.workingDirectory,
		clientTokenNamespace: '3f2d6c1e-8a4b-4c7d-9e0f-1a2b3c4d5e6f',
		submissions: 1,
		loaded: {server, context: {} as ServerContext, gateway: {internetIp: server.internetIp} as VpnGateway},
		// What the summary was reached with: a submission already followed (nothing in it is shown).
		submission: {
			plan: {regionId: server.regionId, vpnGatewayId: server.vpnGatewayId, ipsecServerId: server.ipsecServerId, clientToken: '', params: {}, synchronous: true},
			edited: config,
			changes: [],
			requestIds: [],
			sending: false,
		},
		journey: {stage: 'submitting', transitions: [], verifying: true},
		verification: {verified: true, mismatches: []},
		verifiedConfig: config,
		verifiedInternetIp: server.internetIp,
		statusHistory: [],
	};
	function Summary() {
		const [state, dispatch] = useReducer(appReducer, initial);
		useWizardRunner(services, state, dispatch, onEnd, {sandbox: true, timeoutMs: 60_000});
		return state.phase !== 'status' && state.phase !== 'summary' ? null : <VerifyUpdatePhases state={state} dispatch={dispatch} options={{sandbox: true, timeoutMs: 60_000}} isActive columns={80} rows={24} />;
	}

	return renderScreen(<Summary />);
}
