// From what ListIpsecServers returned to what the wizard edits and checks.
import {copyConfig} from './field-values.js';
import type {IpsecServer, IpsecServerConfig, ServerContext, Vpc} from './model.js';

/** The editable part of a server, as an independent copy. */
export function configFromServer(server: IpsecServer): IpsecServerConfig {
	return copyConfig(server);
}

/**
 * The read-only facts the checks need. Without the VPC (it could not be read) the VPC overlap
 * check has nothing to compare with, and the service remains the judge.
 */
export function contextFromServer(server: IpsecServer, vpc: Vpc | undefined, gatewayServers: IpsecServer[]): ServerContext {
	const context: ServerContext = {
		ipsecServerId: server.ipsecServerId,
		regionId: server.regionId,
		vpnGatewayId: server.vpnGatewayId,
		gatewayInternetIp: server.internetIp,
		vpcCidrBlocks: vpc ? [vpc.cidrBlock, ...vpc.secondaryCidrBlocks].filter(block => block.length > 0) : [],
		otherClientPools: gatewayServers
			.filter(other => other.ipsecServerId !== server.ipsecServerId && other.clientIpPool.length > 0)
			.map(other => other.clientIpPool),
		onlineClientCount: server.onlineClientCount,
		multiFactorAuthEnabled: server.multiFactorAuthEnabled,
	};
	if (server.idaasInstanceId) {
		context.idaasInstanceId = server.idaasInstanceId;
	}

	return context;
}
