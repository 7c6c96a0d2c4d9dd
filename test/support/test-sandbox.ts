// A sandbox the test itself runs (in this process, from the product's own source), so a test can
// read the emulator's state, its call log and applied updates, and change things behind the
// wizard's back. The wizard reaches it over HTTP like it would reach the real service.
import type {Sandbox, SandboxOptions} from '../../source/sandbox/sandbox-types.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import type {ApiTarget} from './wizard-process.js';

export type TestSandbox = Sandbox & {target: ApiTarget; readOnlyTarget: ApiTarget};

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
	const sandbox = await startSandbox({port: 0, ...options});
	return Object.assign(sandbox, {
		target: {endpoint: sandbox.endpoint, ...sandbox.credentials},
		readOnlyTarget: {endpoint: sandbox.endpoint, ...sandbox.readOnlyCredentials},
	});
}

/** Calls of one action the sandbox received since `since` (epoch ms, the sandbox clock). */
export const callsOf = (sandbox: Sandbox, action: string, since = 0) =>
	sandbox.inspect.calls().filter(call => call.action === action && call.at >= since);
