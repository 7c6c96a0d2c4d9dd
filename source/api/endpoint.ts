// Where the VPC API lives. openapi-client wants `host[:port]` plus a protocol, so an endpoint is
// kept as exactly that pair; everything a user may type (`--endpoint`) is parsed here, once.
import {ApiError} from './api-error.js';
import {quoteValue} from './sentence.js';

export type Endpoint = {
	/** `host[:port]`, the form openapi-client's Config.endpoint takes (also the signed Host). */
	host: string;
	protocol: 'http' | 'https';
};

/** Valid for the older China regions and for calls that are not tied to a region. */
export const centralEndpoint: Endpoint = {host: 'vpc.aliyuncs.com', protocol: 'https'};

/** The regional rule both the VPC SDK and Terraform fall back to (vpc-api.md §5.4). */
export const regionalEndpoint = (regionId: string): Endpoint => ({
	host: `vpc.${regionId}.aliyuncs.com`,
	protocol: 'https',
});

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

// A user name or password typed into the address is not repeated back.
const shown = (value: string): string => quoteValue(value.includes('@') ? `…${value.slice(value.lastIndexOf('@'))}` : value);

const invalidEndpoint = (value: string, reason: string): ApiError =>
	new ApiError({
		kind: 'network',
		code: 'InvalidEndpoint',
		message: `The endpoint ${shown(value)} ${reason}; give host[:port] or http(s)://host[:port].`,
		retryable: false,
	});

/**
 * Parses an `--endpoint` value: `host[:port]` or `http(s)://host[:port]`. Without a scheme a
 * loopback host means plain http (the sandbox and local emulators), anything else https.
 */
export const parseEndpoint = (input: string): Endpoint => {
	const value = input.trim();
	const schemeMatch = /^([a-z][a-z\d+.-]*):\/\//i.exec(value);
	const scheme = schemeMatch?.[1]?.toLowerCase();
	if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
		throw invalidEndpoint(value, `uses the scheme ${scheme}, which is neither http nor https`);
	}

	let url: URL;
	try {
		url = new URL(scheme === undefined ? `http://${value}` : value);
	} catch {
		throw invalidEndpoint(value, 'is not a valid address');
	}

	if (url.hostname === '' || url.username !== '' || url.password !== '') {
		throw invalidEndpoint(value, url.hostname === '' ? 'has no host name' : 'contains a user name or password');
	}

	if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
		throw invalidEndpoint(value, 'has a path or query, but the VPC API is always served at /');
	}

	const protocol = scheme ?? (loopbackHosts.has(url.hostname) ? 'http' : 'https');
	// URL drops a port that is the default of *its* scheme (`:80` under the http:// we may have
	// added), so the port is taken from what the user typed.
	const authority = value.slice(schemeMatch?.[0].length ?? 0).split('/')[0] ?? '';
	const port = /:(\d+)$/.exec(authority)?.[1];
	return {host: port ? `${url.hostname}:${Number(port)}` : url.hostname, protocol: protocol as Endpoint['protocol']};
};

/** The endpoint for a call: an explicit one wins, then the region's, then the central one. */
export const endpointFor = (override: Endpoint | undefined, regionId: string | undefined): Endpoint =>
	override ?? (regionId ? regionalEndpoint(regionId) : centralEndpoint);
