// VpcApi on the real wire: typed calls in, domain types out, every failure an ApiError, the
// temporary ones retried within bounds. Composition only; the pieces live next to it.
import {setTimeout as delay} from 'node:timers/promises';
import type {z} from 'zod';
import {ApiError} from './api-error.js';
import {endpointFor, parseEndpoint, type Endpoint} from './endpoint.js';
import {listAllPages} from './list-all-pages.js';
import {describeVpnGatewaysQuery, listIpsecServersQuery, updateIpsecServerQuery, type ApiQuery} from './request-query.js';
import {defaultRetryPolicy, withRetry, type RetryPolicy} from './retry.js';
import {listIpsecServersSchema} from './schemas/list-ipsec-servers.js';
import {parseResponse} from './schemas/parse-response.js';
import {describeRegionsSchema} from './schemas/regions.js';
import {updateIpsecServerSchema} from './schemas/update-ipsec-server.js';
import {describeVpcAttributeSchema} from './schemas/vpc-attribute.js';
import {describeVpnGatewaySchema, describeVpnGatewaysSchema} from './schemas/vpn-gateway.js';
import {createSdkTransport, idleTimeoutMs, type TransportOptions, type Transport} from './sdk-transport.js';
import {mayHaveReachedService, outcomeUnknown} from './outcome-unknown.js';
import {toApiError} from './to-api-error.js';
import type {RetryEvent, VpcApi} from './vpc-api.js';

export type VpcClientOptions = {
	/** The region whose endpoint serves region-less calls (DescribeRegions); optional. */
	regionId?: string;
	/** `host[:port]` or `http(s)://host[:port]`; default `vpc.<region>.aliyuncs.com` per call. */
	endpoint?: string | Endpoint;
	credential: TransportOptions['credential'];
	/** Default 5000 ms; the handshake may take up to the read timeout (see idleTimeoutMs). */
	connectTimeoutMs?: number;
	/**
	 * Default 15000 ms. The SDK's own default (3 s, httpx) is shorter than a slow or distant link
	 * needs for a VPC API answer, and a timed-out write leaves the user unsure what happened.
	 */
	readTimeoutMs?: number;
	signatureAlgorithm?: 'v2';
	retry?: Partial<RetryPolicy>;
	/** Called before each wait, so the UI can show "attempt n of m, waiting s". */
	onRetry?: (event: RetryEvent) => void;
	sleep?: (ms: number) => Promise<void>;
	/** Jitter source, [0, 1). */
	random?: () => number;
	now?: () => number;
	userAgent?: string;
	/** Bound on pages listAllIpsecServers follows (default 500 pages of 20). */
	maxPages?: number;
	/** Replaces the HTTP transport (tests only). */
	transport?: Transport;
};

export const createVpcClient = (options: VpcClientOptions): VpcApi => {
	const override = typeof options.endpoint === 'string' ? parseEndpoint(options.endpoint) : options.endpoint;
	const readTimeoutMs = options.readTimeoutMs ?? 15_000;
	const timeouts = {connectTimeoutMs: options.connectTimeoutMs ?? 5000, readTimeoutMs};
	const transport =
		options.transport ??
		createSdkTransport({
			credential: options.credential,
			regionId: options.regionId,
			...timeouts,
			signatureAlgorithm: options.signatureAlgorithm,
			userAgent: options.userAgent,
		});
	const retryDependencies = {
		policy: {...defaultRetryPolicy, ...options.retry},
		sleep: options.sleep ?? (async (ms: number) => delay(ms)),
		random: options.random ?? Math.random,
		now: options.now ?? Date.now,
		onRetry: options.onRetry,
	};
	const maxPages = options.maxPages ?? 500;

	const call = async <Output>(
		action: string,
		query: ApiQuery,
		schema: z.ZodType<Output>,
		context: {regionId?: string; secrets?: string[]; retryable?: boolean; onAttemptFailed?: (error: ApiError) => void} = {},
	): Promise<Output> => {
		const endpoint = endpointFor(override, context.regionId ?? options.regionId);
		const dependencies =
			context.retryable === false ? {...retryDependencies, policy: {...retryDependencies.policy, maxAttempts: 1}} : retryDependencies;
		return withRetry(
			action,
			async () => {
				try {
					let body: unknown;
					try {
						body = await transport({action, query, endpoint});
					} catch (error: unknown) {
						throw toApiError(error, action, {host: endpoint.host, readTimeoutMs, connectTimeoutMs: idleTimeoutMs(timeouts), secrets: context.secrets});
					}

					return parseResponse(schema, body, action, context.secrets);
				} catch (error: unknown) {
					if (error instanceof ApiError) {
						context.onAttemptFailed?.(error);
					}

					throw error;
				}
			},
			dependencies,
		);
	};

	const listIpsecServers: VpcApi['listIpsecServers'] = async query =>
		call('ListIpsecServers', listIpsecServersQuery(query), listIpsecServersSchema, {regionId: query.regionId});

	return {
		listIpsecServers,
		async listAllIpsecServers(query) {
			return listAllPages(listIpsecServers, query, maxPages);
		},
		async getIpsecServer(regionId, ipsecServerId) {
			const page = await listIpsecServers({regionId, ipsecServerIds: [ipsecServerId]});
			// An unknown ID lists nothing: that is how the service says "not found".
			const server = page.servers.find(candidate => candidate.ipsecServerId === ipsecServerId);
			return server ? {requestId: page.requestId, server} : {requestId: page.requestId};
		},
		async updateIpsecServer(plan, updateOptions = {}) {
			// Retried like every call, which is safe only because every attempt carries the plan's
			// one ClientToken: a retry after a lost answer is a replay the service recognises.
			// (Terraform makes a fresh token per attempt, so a lost answer can mean a double apply.)
			// Without a token there is no such guarantee, so there is no retry either.
			// The DryRun is a request of its own and carries no token: each request must carry a
			// unique one (UpdateIpsecServer's page), and a DryRun that claimed the plan's token could
			// leave the real call to be answered as its replay. It changes nothing, so it may retry.
			const dryRun = updateOptions.dryRun === true;
			const query = updateIpsecServerQuery(dryRun ? {...plan, clientToken: ''} : plan, updateOptions);
			// The first failure of the real call that may have reached the service: from then on
			// no later answer (a busy gateway, a refusal, giving up) says whether it was applied.
			let ambiguous: ApiError | undefined;
			try {
				const result = await call('UpdateIpsecServer', query, updateIpsecServerSchema, {
					regionId: plan.regionId,
					secrets: plan.params.psk === undefined ? [] : [plan.params.psk],
					retryable: dryRun || plan.clientToken !== '',
					onAttemptFailed(error) {
						if (!dryRun && mayHaveReachedService(error)) {
							ambiguous ??= error;
						}
					},
				});
				return {requestId: result.requestId, dryRun: false};
			} catch (error: unknown) {
				// A passed precheck is reported as the error DryRunOperation (vpc-api.md §3.4).
				if (dryRun && error instanceof ApiError && error.code === 'DryRunOperation') {
					return {requestId: error.requestId ?? '', dryRun: true};
				}

				if (ambiguous && error instanceof ApiError) {
					// Said as the last failure, unless that was a refusal (busy, say), which would
					// read as "not applied": then as the failure that left the outcome open.
					throw outcomeUnknown(mayHaveReachedService(error) || error.retryable ? error : ambiguous, error);
				}

				throw error;
			}
		},
		async describeVpnGateway(regionId, vpnGatewayId) {
			return call('DescribeVpnGateway', {RegionId: regionId, VpnGatewayId: vpnGatewayId}, describeVpnGatewaySchema, {regionId});
		},
		async describeVpnGateways(query) {
			return call('DescribeVpnGateways', describeVpnGatewaysQuery(query), describeVpnGatewaysSchema, {regionId: query.regionId});
		},
		async describeVpcAttribute(regionId, vpcId) {
			return call('DescribeVpcAttribute', {RegionId: regionId, VpcId: vpcId}, describeVpcAttributeSchema, {regionId});
		},
		async describeRegions() {
			// No RegionId in the request (the API has none for this action); the endpoint is the
			// client's region's, or the central one when no region is known yet.
			return call('DescribeRegions', {AcceptLanguage: 'en-US'}, describeRegionsSchema);
		},
	};
};
