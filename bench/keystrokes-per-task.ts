// Keys per task: how many keys a small change takes from launch, besides the characters of the
// values typed, each task driven in a real terminal against its own sandbox until the change is
// verified. Counted, not timed: the same on any machine.
import type {Row} from './report.js';
import {startTestSandbox} from '../test/support/test-sandbox.js';
import {launchWizard, targetArgs, targetEnv} from '../test/support/wizard-process.js';
import {changeThePool, CountingKeyboard, taskArgs, type KeystrokeTask, applyThePreset, rotateTheKey} from '../test/support/keystroke-tasks.js';

/** The budget issue 11 sets for the one-field change; the other tasks are reported as they are. */
const budgets = new Map<KeystrokeTask, number>();
const poolFromLists = changeThePool('lists');
const poolWithServer = changeThePool('server');
budgets.set(poolFromLists, 7);
budgets.set(poolWithServer, 5);
const tasks = [poolFromLists, poolWithServer, rotateTheKey, applyThePreset];

async function countTask(task: KeystrokeTask): Promise<{keys: number; typed: number}> {
	const sandbox = await startTestSandbox({updatingMs: 1500});
	const {session} = launchWizard({args: targetArgs(sandbox.target, taskArgs(task.start)), env: targetEnv(sandbox.target)});
	try {
		const keyboard = new CountingKeyboard(session);
		await task.run(keyboard);
		if (sandbox.inspect.appliedUpdates().length !== 1) {
			throw new Error(`${task.name}: ${sandbox.inspect.appliedUpdates().length} updates applied, expected 1`);
		}

		return keyboard.tally;
	} finally {
		await session.kill();
		await sandbox.close();
	}
}

export async function keystrokesPerTask(): Promise<{rows: Row[]; raw: Record<string, unknown>}> {
	const rows: Row[] = [];
	const raw: Record<string, unknown> = {};
	for (const task of tasks) {
		const tally = await countTask(task);
		raw[task.name] = tally;
		const budget = budgets.get(task);
		rows.push({
			metric: `keys besides typed values: ${task.name}${tally.typed > 0 ? ` (+${tally.typed} typed)` : ''}`,
			value: tally.keys,
			unit: '',
			...(budget === undefined ? {} : {limit: {label: 'budget', value: budget}}),
		});
	}

	return {rows, raw};
}
