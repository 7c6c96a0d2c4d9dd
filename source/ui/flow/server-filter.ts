// Typing in the picker: partial text filters the rows already loaded; an exact server ID or an
// exact name that is not among them is looked up on the service (one call), so finding a server
// takes at most two calls however large the region is.
import type {ListIpsecServersQuery} from '../../api/vpc-api.js';
import type {IpsecServer} from '../../domain/model.js';

const serverIdPattern = /^iss-[a-z\d]+$/i;

export function filterServers(servers: IpsecServer[], filter: string): IpsecServer[] {
	const needle = filter.trim().toLowerCase();
	if (needle === '') {
		return servers;
	}

	return servers.filter(server => server.ipsecServerName.toLowerCase().includes(needle) || server.ipsecServerId.toLowerCase().includes(needle));
}

/** Servers in order of first appearance, one per ID. */
export function mergeServers(...lists: IpsecServer[][]): IpsecServer[] {
	const seen = new Map<string, IpsecServer>();
	for (const server of lists.flat()) {
		if (!seen.has(server.ipsecServerId)) {
			seen.set(server.ipsecServerId, server);
		}
	}

	return [...seen.values()];
}

/**
 * The server-side look-up for this text, or undefined when none is needed: the text is empty,
 * every page is loaded already, or a loaded row matches it exactly.
 */
export function lookupQuery(
	filter: string,
	loaded: IpsecServer[],
	base: {regionId: string; vpnGatewayId?: string},
	morePages: boolean,
): ListIpsecServersQuery | undefined {
	const text = filter.trim();
	if (text === '' || !morePages) {
		return undefined;
	}

	const exactMatch = loaded.some(server => server.ipsecServerId === text || server.ipsecServerName === text);
	if (exactMatch) {
		return undefined;
	}

	return serverIdPattern.test(text) ? {...base, ipsecServerIds: [text]} : {...base, ipsecServerName: text};
}
