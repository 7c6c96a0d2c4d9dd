// The built CLI (dist/cli.js) started the way a person starts it, in a real terminal, with its own
// config dir. Tests point it either at the embedded sandbox (--sandbox) or at a sandbox they run
// themselves (--endpoint + the sandbox's keys) so they can read its state.
import path from 'node:path';
import {childEnvironment, makeTempDir} from './child-env.js';
import {startPty, type PtySession} from './pty-session.js';

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

/**
 * The Node that runs the CLI under test: IPSEC_WIZARD_TEST_NODE (.ci/run points it at Node 22 and
 * 24), else the runner's own. Only the child changes Node: the runner, node-pty (a native addon
 * built for the Node that ran npm ci) and the sandbox stay on the machine's Node.
 */
export const cliNode = process.env['IPSEC_WIZARD_TEST_NODE'] || process.execPath;

export type WizardLaunch = {
	args?: string[];
	/** Added to (or, with undefined, removed from) the standard child environment. */
	env?: Record<string, string | undefined>;
	cols?: number;
	rows?: number;
	/** Reuse a config dir (e.g. to relaunch after a hang-up); default a fresh one. */
	configDir?: string;
};

export type WizardRun = {session: PtySession; configDir: string};

export function launchWizard(launch: WizardLaunch = {}): WizardRun {
	const configDir = launch.configDir ?? makeTempDir();
	const session = startPty({
		command: cliNode,
		args: [cliPath, ...(launch.args ?? [])],
		cols: launch.cols ?? 80,
		rows: launch.rows ?? 24,
		env: childEnvironment(launch.env, configDir),
	});
	return {session, configDir};
}

/** What the wizard needs to talk to a sandbox the test started. */
export type ApiTarget = {endpoint: string; accessKeyId: string; accessKeySecret: string};

export const targetArgs = (target: ApiTarget, extra: string[] = []): string[] => ['--endpoint', `http://${target.endpoint}`, ...extra];

export const targetEnv = (target: ApiTarget): Record<string, string> => ({
	ALIBABA_CLOUD_ACCESS_KEY_ID: target.accessKeyId,
	ALIBABA_CLOUD_ACCESS_KEY_SECRET: target.accessKeySecret,
});
