// The runbook commands (show, plan, apply): loaded only when one of them is asked for.
import type {ExitController} from './exit-controller.js';
import {exitCodes} from './exit-codes.js';
import type {RunbookArguments} from './parse-runbook-arguments.js';

export async function runRunbook(parsed: RunbookArguments, exitController: ExitController): Promise<void> {
	switch (parsed.kind) {
		case 'runbook-help': {
			const {runbookUsage} = await import('./runbook-usage.js');
			process.stdout.write(`${runbookUsage[parsed.command]}\n`);
			return;
		}

		case 'usage-error': {
			process.stderr.write(`${parsed.message}\n`);
			exitController.exit(exitCodes.usage);
			return;
		}

		case 'show': {
			const {runShow} = await import('./run-show.js');
			await runShow(parsed, exitController);
			return;
		}

		case 'plan': {
			const {runPlan} = await import('./run-plan.js');
			await runPlan(parsed, exitController);
			return;
		}

		case 'apply': {
			const {runApply} = await import('./run-apply.js');
			await runApply(parsed, exitController);
		}
	}
}
