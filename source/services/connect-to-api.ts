// Builds the API connection on demand. Everything heavy (the Alibaba SDK, @alicloud/credentials,
// the sandbox) is loaded with import() here, so esbuild puts it in chunks that load after the
// first frame is on screen.
import type {RetryEvent} from '../api/vpc-api.js';
import type {Connection, ServiceFlags} from './services.js';

export type OpenConnection = {connection: Connection; close(): Promise<void>};

export async function connectToApi({
	env,
	flags,
	onRetry,
	sleep,
}: {
	env: NodeJS.ProcessEnv;
	flags: ServiceFlags;
	onRetry(event: RetryEvent): void;
	/** The client's wait between attempts; one a person can end (Esc), see retry-notifier.ts. */
	sleep?: (ms: number) => Promise<void>;
}): Promise<OpenConnection> {
	// The Alibaba SDKs call url.parse(), which Node 24 deprecates (DEP0169) with a warning on stderr
	// that would tear a frame or break `status`'s one-sentence errors. A user cannot act on it.
	process.noDeprecation = true;
	const [{createVpcClient}, {maskAccessKeyId}] = await Promise.all([import('../api/vpc-client.js'), import('../api/credentials.js')]);
	if (flags.sandbox) {
		const [{startSandbox}, {sandboxOptionsFromEnvironment}] = await Promise.all([
			import('../sandbox/start-sandbox.js'),
			import('../sandbox/options-from-environment.js'),
		]);
		const sandbox = await startSandbox(sandboxOptionsFromEnvironment(env));
		const api = createVpcClient({
			endpoint: {host: sandbox.endpoint, protocol: 'http'},
			credential: sandbox.credentials,
			onRetry,
			sleep,
		});
		return {
			connection: {api, credentials: {source: 'sandbox', accessKeyIdMasked: maskAccessKeyId(sandbox.credentials.accessKeyId)}},
			close: async () => sandbox.close(),
		};
	}

	const {resolveCredentials} = await import('../api/credentials.js');
	const resolved = await resolveCredentials({profile: flags.profile, env});
	const api = createVpcClient({endpoint: flags.endpoint, credential: resolved.credential, onRetry, sleep});
	return {
		connection: {
			api,
			credentials: {source: resolved.source, profile: resolved.profile, accessKeyIdMasked: resolved.accessKeyIdMasked, regionId: resolved.regionId},
		},
		close: async () => undefined,
	};
}
