// Reading a server and what the checks need around it: its gateway (name, public IP, status), the
// VPC's CIDR blocks and the other servers on the gateway (their client pools must not overlap
// ours). Each call is made once. Used by the runner, the wizard's load step and the runbook commands.
import {ApiError} from '../api/api-error.js';
import type {VpcApi} from '../api/vpc-api.js';
import {contextFromServer} from '../domain/index.js';
import type {IpsecServer} from '../domain/model.js';
import type {LoadedServer} from './journey.js';

export async function loadServer(api: VpcApi, regionId: string, ipsecServerId: string): Promise<IpsecServer> {
	const {server, requestId} = await api.getIpsecServer(regionId, ipsecServerId);
	if (!server) {
		throw new ApiError({
			kind: 'service',
			code: 'IpsecServerNotFound',
			message: `There is no IPsec server ${ipsecServerId} in ${regionId}; check the ID and the region, or pick the server from the list.`,
			requestId,
			retryable: false,
		});
	}

	return server;
}

export async function loadServerContext(api: VpcApi, server: IpsecServer): Promise<LoadedServer> {
	const gateway = await api.describeVpnGateway(server.regionId, server.vpnGatewayId);
	const [vpc, gatewayServers] = await Promise.all([
		gateway.vpcId ? api.describeVpcAttribute(server.regionId, gateway.vpcId) : Promise.resolve(undefined),
		api.listAllIpsecServers({regionId: server.regionId, vpnGatewayId: server.vpnGatewayId}),
	]);
	// The gateway's listing is the freshest copy of the server; prefer it as the baseline.
	const fresh = gatewayServers.find(other => other.ipsecServerId === server.ipsecServerId) ?? server;
	return {server: fresh, gateway, context: contextFromServer(fresh, vpc, gatewayServers)};
}
