// Mounts the wizard, in two steps: its first screen at once, drawn from a few small modules, and
// the wizard itself (the App, the services, the domain: most of the code) once that has loaded
// (mount-wizard.tsx), in place of the first screen, which it draws the same. Loaded by main with
// import() once the colour decision is in process.env, so Ink (and chalk inside it) start with the
// right setting.
import React from 'react';
import {render, type Instance} from 'ink';
import {regionFromEnvironment} from '../api/credentials-region.js';
import {ConnectView} from '../ui/flow/connect-view.js';
import {ErrorBoundary, renderFailureSentence} from '../ui/shell/error-boundary.js';
import {symbolsFor} from '../ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../ui/shell/ui-environment.js';
import {exitCodes} from './exit-codes.js';
import type {ExitController} from './exit-controller.js';
import type {WizardCommand} from './parse-arguments.js';
import type {TerminalCapabilities} from './terminal-capabilities.js';
import {limitHeapGrowth} from './heap-growth.js';

/**
 * Ink options for slow links: at most 15 frames a second (the spinner asks for 3), and incremental
 * rendering, so a keystroke rewrites the lines it changed rather than the whole frame. Ink 6.8.0's
 * incremental renderer drifts one row per redraw; the bundle carries the fix
 * (scripts/ink-incremental-fix.mjs).
 */
export const renderOptions = {exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, maxFps: 15} as const;

export type WizardMount = {
	command: WizardCommand;
	psk?: string;
	exitController: ExitController;
	/** The region from the environment (none for the sandbox). */
	regionId?: string;
	instance: Instance;
	/** The screen inside the wizard's frame: its environment and the one error boundary. */
	framed(body: React.ReactNode): React.ReactNode;
};

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

	const environment = {sandbox: command.sandbox, unicode: capabilities.unicode, color: capabilities.color, symbols: symbolsFor(capabilities.unicode)};
	const framed = (body: React.ReactNode) => (
		<UiEnvironmentProvider value={environment}>
			<ErrorBoundary
				onError={() => {
					exitController.exit(exitCodes.failed, [renderFailureSentence]);
				}}
			>
				{body}
			</ErrorBoundary>
		</UiEnvironmentProvider>
	);
	// Keys typed before the wizard takes the keyboard wait in the terminal, unechoed: raw mode now,
	// and no one reads them until the wizard's keyboard owner does (Ink turns raw mode off at the end,
	// and the exit restores the terminal whatever happens).
	process.stdin.setRawMode?.(true);
	const instance = render(framed(<ConnectView sandbox={command.sandbox} profile={command.profile} />), renderOptions);
	exitController.attachUi(instance);
	// Here, with the first frame drawn, not at start: loading the UI's code is ~50 ms faster while
	// the heap may grow freely, and little has grown by now.
	limitHeapGrowth();
	import('./mount-wizard.js')
		.then(({mountWizard}) => {
			mountWizard({command, psk, exitController, regionId: fromEnvironment.regionId, instance, framed});
		})
		.catch(() => {
			exitController.exit(exitCodes.failed, [renderFailureSentence]);
		});
}
