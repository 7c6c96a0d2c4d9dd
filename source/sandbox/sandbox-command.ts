// `ipsec-wizard sandbox [--port N]`: runs the emulator in the foreground, tells the person how to
// use it, and stops when the signal fires (the CLI wires SIGINT/SIGTERM to it).
import {sandboxOptionsFromEnvironment} from './options-from-environment.js';
import {startSandbox} from './start-sandbox.js';

export type SandboxCommandOptions = {
	port?: number;
	stdout: NodeJS.WritableStream;
	signal: AbortSignal;
	/** Default process.env. */
	env?: NodeJS.ProcessEnv;
};

export async function runSandboxCommand({port, stdout, signal, env = process.env}: SandboxCommandOptions): Promise<void> {
	const sandbox = await startSandbox({...sandboxOptionsFromEnvironment(env), ...(port === undefined ? {} : {port})});
	const url = `http://${sandbox.endpoint}`;
	// These keys work only against this sandbox, which is why printing the secret is allowed here.
	stdout.write([
		`IPsec wizard sandbox: an emulator of the Alibaba Cloud VPC API, listening on ${url} (this machine only).`,
		'',
		'Sandbox-only keys (they work nowhere else); paste into your shell:',
		`export ALIBABA_CLOUD_ACCESS_KEY_ID=${sandbox.credentials.accessKeyId}`,
		`export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${sandbox.credentials.accessKeySecret}`,
		'',
		`A read-only pair (refused on UpdateIpsecServer): ${sandbox.readOnlyCredentials.accessKeyId} / ${sandbox.readOnlyCredentials.accessKeySecret}`,
		'',
		'Then point the wizard at it:',
		`ipsec-wizard --endpoint ${url} --region cn-hangzhou`,
		'',
		'Regions: cn-hangzhou (the demo), cn-shanghai (many servers), ap-southeast-1 (empty). Press Ctrl+C to stop.',
		'',
	].join('\n'));
	await new Promise<void>(resolve => {
		if (signal.aborted) {
			resolve();
			return;
		}

		signal.addEventListener('abort', () => resolve(), {once: true});
	});
	await sandbox.close();
	stdout.write('Sandbox stopped.\n');
}
