// One e2e scene: a sandbox run by the test, the built wizard pointed at it in a real terminal with
// its own config dir, both torn down when the test ends.
import type {ExecutionContext} from 'ava';
import type {SandboxOptions} from '../../source/sandbox/sandbox-types.js';
import type {PtySession} from './pty-session.js';
import {startTestSandbox, type TestSandbox} from './test-sandbox.js';
import {launchWizard, targetArgs, targetEnv, type WizardLaunch} from './wizard-process.js';

export type Scene = {sandbox: TestSandbox; session: PtySession; configDir: string};

export type SceneOptions = Omit<WizardLaunch, 'args'> & {
	sandbox?: SandboxOptions;
	regionId?: string;
	/** Opens this server directly (skips the picker); omit to start at the picker. */
	serverId?: string;
	args?: string[];
};

/** Launches the wizard against `sandbox` (kills it when the test ends). */
export function launchAgainst(t: ExecutionContext, sandbox: TestSandbox, options: SceneOptions = {}): {session: PtySession; configDir: string} {
	const where = [
		...(options.regionId ? ['--region', options.regionId] : []),
		...(options.serverId ? ['--server', options.serverId] : []),
	];
	const run = launchWizard({
		...options,
		args: targetArgs(sandbox.target, [...where, ...(options.args ?? [])]),
		env: {...targetEnv(sandbox.target), ...options.env},
	});
	t.teardown(async () => {
		await run.session.kill();
	});
	return run;
}

export async function startScene(t: ExecutionContext, options: SceneOptions = {}): Promise<Scene> {
	const sandbox = await startTestSandbox({updatingMs: 1500, ...options.sandbox});
	t.teardown(async () => {
		await sandbox.close();
	});
	return {sandbox, ...launchAgainst(t, sandbox, options)};
}

/** The `Changes (n):` block of the review: one entry per changed field, as shown. */
export function reviewChanges(screen: string): string[] {
	const lines = screen.split('\n');
	const start = lines.findIndex(line => /^\s*Changes \(\d+\):/.test(line));
	if (start === -1) {
		return [];
	}

	const rows: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (!/^ {2}\S/.test(line)) {
			break;
		}

		rows.push(line.trim());
	}

	return rows;
}
