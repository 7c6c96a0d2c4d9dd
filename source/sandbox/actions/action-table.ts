// The actions the sandbox answers; anything else is InvalidAction.NotFound.
import type {Action} from './action.js';
import {describeRegions} from './describe-regions.js';
import {describeVpcAttribute} from './describe-vpc-attribute.js';
import {describeVpnGateway} from './describe-vpn-gateway.js';
import {describeVpnGateways} from './describe-vpn-gateways.js';
import {listIpsecServers} from './list-ipsec-servers.js';
import {updateIpsecServer} from './update-ipsec-server.js';

export const apiVersion = '2016-04-28';

const actions: Record<string, Action> = {
	ListIpsecServers: listIpsecServers,
	UpdateIpsecServer: updateIpsecServer,
	DescribeVpnGateway: describeVpnGateway,
	DescribeVpnGateways: describeVpnGateways,
	DescribeVpcAttribute: describeVpcAttribute,
	DescribeRegions: describeRegions,
};

export function findAction(name: string): Action | undefined {
	return Object.hasOwn(actions, name) ? actions[name] : undefined;
}
