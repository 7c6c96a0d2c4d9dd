// The only code that talks HTTP: one action, its query, one endpoint → the parsed JSON body, via
// @alicloud/openapi-client's callApi (RPC style, POST, every parameter in the query string, as
// the VPC SDK sends them; vpc-api.md §1, §7). Errors come out raw; toApiError maps them.
import type CredentialsModule from '@alicloud/credentials';
import OpenApi, {Config, OpenApiRequest, Params} from '@alicloud/openapi-client';
import OpenApiUtil from '@alicloud/openapi-util';
import TeaUtil from '@alicloud/tea-util';
import type {Endpoint} from './endpoint.js';
import type {ApiQuery} from './request-query.js';

/** An @alicloud/credentials client (e.g. the default chain from resolveCredentials). */
export type CredentialClient = InstanceType<typeof CredentialsModule.default>;
export type StaticAccessKey = {accessKeyId: string; accessKeySecret: string; securityToken?: string};

export type TransportOptions = {
	credential: CredentialClient | StaticAccessKey;
	regionId?: string;
	connectTimeoutMs: number;
	readTimeoutMs: number;
	/** 'v2' selects the old HMAC-SHA1 query signature; the default is ACS3-HMAC-SHA256. */
	signatureAlgorithm?: 'v2';
	userAgent?: string;
};

export type Transport = (call: {action: string; query: ApiQuery; endpoint: Endpoint}) => Promise<unknown>;

/**
 * httpx's "connectTimeout" is the socket's idle limit, and it keeps running once connected: at 5 s
 * it cut every answer slower than 5 s although the read timeout said 15. Set to at least the read
 * timeout, it can only run out before the connection is made (once connected, the read timer,
 * started at connect, always ends first), so each timeout error names the limit that really ran
 * out. The cost: an endpoint that never completes the handshake is given up after this long, not
 * after connectTimeoutMs.
 */
export const idleTimeoutMs = (options: Pick<TransportOptions, 'connectTimeoutMs' | 'readTimeoutMs'>): number =>
	Math.max(options.connectTimeoutMs, options.readTimeoutMs);

const isCredentialClient = (credential: TransportOptions['credential']): credential is CredentialClient =>
	typeof (credential as Partial<CredentialClient>).getCredential === 'function';

export const createSdkTransport = (options: TransportOptions): Transport => {
	const clients = new Map<string, InstanceType<typeof OpenApi.default>>();
	const clientFor = (endpoint: Endpoint) => {
		const key = `${endpoint.protocol}://${endpoint.host}`;
		let client = clients.get(key);
		if (!client) {
			const {credential} = options;
			client = new OpenApi.default(
				new Config({
					...(isCredentialClient(credential) ? {credential} : credential),
					endpoint: endpoint.host,
					protocol: endpoint.protocol,
					regionId: options.regionId,
					connectTimeout: idleTimeoutMs(options),
					readTimeout: options.readTimeoutMs,
					userAgent: options.userAgent,
					signatureAlgorithm: options.signatureAlgorithm,
				}),
			);
			clients.set(key, client);
		}

		return client;
	};

	return async ({action, query, endpoint}) => {
		const params = new Params({
			action,
			version: '2016-04-28',
			protocol: endpoint.protocol.toUpperCase(),
			pathname: '/',
			method: 'POST',
			authType: 'AK',
			style: 'RPC',
			reqBodyType: 'formData',
			bodyType: 'json',
		});
		const request = new OpenApiRequest({query: OpenApiUtil.default.query(query)});
		// No SDK retries: retrying (and its bounds) is ours, see retry.ts.
		const response = await clientFor(endpoint).callApi(params, request, new TeaUtil.RuntimeOptions({autoretry: false}));
		return response.body;
	};
};
