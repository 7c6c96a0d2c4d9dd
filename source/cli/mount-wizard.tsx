// The wizard itself, in place of the first screen run-wizard.tsx drew: the services, the App (which
// opens on the same connect screen) and the one way out, through the outcome table.
import React from 'react';
import {createServices} from '../services/services.js';
import {App} from '../ui/app.js';
import type {WizardEnd} from '../ui/flow/phase-props.js';
import {connectionFlags} from './connection-flags.js';
import {wizardEnding} from './outcome-table.js';
import type {WizardMount} from './run-wizard.js';

export function mountWizard({command, psk, exitController, regionId, instance, framed}: WizardMount): void {
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

	instance.rerender(
		framed(
			<App
				services={services}
				options={{
					regionId: command.region ?? regionId,
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
			/>,
		),
	);
}
