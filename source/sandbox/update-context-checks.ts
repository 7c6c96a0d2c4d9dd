// UpdateIpsecServer checks that need the server's surroundings: the VPC's CIDR blocks, the
// gateway's other address users, and the authentication rule. They run on the configuration
// as it would be after the change.
import type {IpsecServer} from '../domain/model.js';
import {overlapsAny, parseCidrBlock} from './cidr-blocks.js';
import {SandboxError} from './error-catalogue.js';
import type {SandboxGateway, SandboxVpc} from './sandbox-model.js';
import {applyServerChange, type ServerChange} from './server-change.js';

export type UpdateContext = {server: IpsecServer; gateway: SandboxGateway; vpc: SandboxVpc | undefined};

export function checkChangeInContext(change: ServerChange, context: UpdateContext): void {
	const next = applyServerChange(context.server, change);
	const pool = parseCidrBlock(next.clientIpPool);
	if (pool) {
		const vpcBlocks = context.vpc ? [context.vpc.cidrBlock, ...context.vpc.secondaryCidrBlocks] : [];
		// LocalSubnet is UNCONFIRMED as part of this rule (the docs say "the VPC's CIDR blocks");
		// refusing a pool that overlaps what clients are meant to reach is the safer reading.
		if (overlapsAny(pool, [...vpcBlocks, ...next.localSubnet])) {
			throw new SandboxError('InvalidClientIpPool.Conflict');
		}

		if (overlapsAny(pool, [...context.gateway.sslClientPools, ...context.gateway.connectionCustomerNetworks])) {
			throw new SandboxError('VpnRouteEntry.Conflict');
		}
	}

	// PskEnabled=false is only allowed when IDaaS two-factor authentication is the other method.
	if (!next.pskEnabled && !(next.multiFactorAuthEnabled && next.idaasInstanceId)) {
		throw new SandboxError('IllegalParam.AuthMethod');
	}
}
