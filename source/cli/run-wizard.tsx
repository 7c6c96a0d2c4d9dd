// Mounts the wizard. Loaded by main with import() once the colour decision is in process.env, so
// Ink (and chalk inside it) start with the right setting.
import React from 'react';
import {render} from 'ink';
import {regionFromEnvironment} from '../api/credentials-region.js';
import {createServices} from '../services/services.js';
import {App} from '../ui/app.js';
import {ErrorBoundary, renderFailureSentence} from '../ui/shell/error-boundary.js';
import {symbolsFor} from '../ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../ui/shell/ui-environment.js';
import {connectionFlags} from './connection-flags.js';
import type {ExitController} from './exit-controller.js';
import type {WizardCommand} from './parse-arguments.js';
import type {TerminalCapabilities} from './terminal-capabilities.js';
import {limitHeapGrowth} from './heap-growth.js';
import {exitCodes, wizardEnding} from './outcome-table.js';
import type {WizardEnd} from '../ui/flow/phase-props.js';

/**
 * Ink options for slow links: at most 15 frames a second (the spinner asks for 3), and incremental
 * rendering, so a keystroke rewrites the lines it changed rather than the whole frame. Ink 6.8.0's
 * incremental renderer drifts one row per redraw; the bundle carries the fix
 * (scripts/ink-incremental-fix.mjs).
 */
export const renderOptions = {exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, maxFps: 15} as const;

export function runWizard({
	command,
	capabilities,
	psk,
	exitController,
}: {
	command: WizardCommand;
	capabilities: TerminalCapabilities;
	psk?: string;
	exitController: ExitController;
}): void {
	// Nothing of ours writes through console; what a library or React would print there (a caught
	// render error with its stack, a deprecation warning) would tear the frame and show a stack trace.
	console.error = () => undefined;
	console.warn = () => undefined;
	// The region as the aliyun CLI takes it: --region, then its environment variables (then the
	// profile's region_id and the last one used, once connected). Not for the sandbox: its regions
	// are its own, and a demo should not start wherever the engineer's shell points at a real account.
	const fromEnvironment = command.sandbox ? {} : regionFromEnvironment(process.env);
	if (fromEnvironment.error) {
		exitController.exit(exitCodes.usage, [fromEnvironment.error]);
		return;
	}

	const services = createServices({env: process.env, flags: {sandbox: command.sandbox, profile: command.profile, endpoint: command.endpoint}});
	exitController.onCleanup(async () => services.close());
	const timeoutMs = command.timeoutMs;
	const flags = connectionFlags(command);
	// The one way out of the wizard: its Outcome through the outcome table. The audit log's lines
	// still on their way to disk (a verdict) are waited for, so whether they got there is said.
	const end: WizardEnd = (outcome, follow) => {
		void services.auditLog.settled().then(() => {
			const {code, lines} = wizardEnding(outcome, {
				follow,
				connectionFlags: flags,
				timeoutMs,
				audit: {auditLogPath: services.auditLog.path, auditProblem: services.auditLog.problem()},
			});
			exitController.exit(code, lines);
		});
	};

	const environment = {sandbox: command.sandbox, unicode: capabilities.unicode, color: capabilities.color, symbols: symbolsFor(capabilities.unicode)};
	const instance = render(
		<UiEnvironmentProvider value={environment}>
			<ErrorBoundary
				onError={() => {
					exitController.exit(exitCodes.failed, [renderFailureSentence]);
				}}
			>
				<App
					services={services}
					options={{
						regionId: command.region ?? fromEnvironment.regionId,
						ipsecServerId: command.server,
						vpnGatewayId: command.gateway,
						profile: command.profile,
						sandbox: command.sandbox,
						timeoutMs,
						psk,
						connectionFlags: flags,
					}}
					end={end}
					onInterruptLinesChange={exitController.setInterruptLines}
				/>
			</ErrorBoundary>
		</UiEnvironmentProvider>,
		renderOptions,
	);
	exitController.attachUi(instance);
	// Here, with the first frame drawn, not at start: loading the UI's code is ~50 ms faster while
	// the heap may grow freely, and little has grown by now.
	limitHeapGrowth();
}
