// Runs one of the wizard runner's commands to its end, as the wizard's runner hook does, and keeps
// every report (no Ink): the journey's phases, the gateway's progress, the phase it ended in.
import type {Phase} from '../../source/engine/journey.js';
import {createWizardRunner, type WizardCommand, type WizardReport, type WizardServices} from '../../source/engine/wizard-runner.js';

export type RunResult = {reports: WizardReport[]; ended?: Phase; phases: Array<Phase['phase']>};

export async function runWizardCommand(services: WizardServices, command: WizardCommand, timeoutMs = 10 * 60_000): Promise<RunResult> {
	const reports: WizardReport[] = [];
	const runner = createWizardRunner(services, {
		timeoutMs,
		report(report) {
			reports.push(report);
		},
	});
	await runner.execute(command);
	const ended = [...reports].reverse().find(report => report.kind === 'journey-ended');
	return {
		reports,
		...(ended?.kind === 'journey-ended' ? {ended: ended.phase} : {}),
		phases: reports.flatMap(report => (report.kind === 'journey-phase' ? [report.phase.phase] : [])),
	};
}
