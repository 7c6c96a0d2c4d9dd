// A second, independent client of the sandbox: Alibaba's generated VPC SDK, signing its own calls.
// Tests use it to act as "someone else" changing a server, and to read state the way any client would.
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import {$OpenApiUtil} from '@alicloud/openapi-core';

export type SdkTarget = {endpoint: string; accessKeyId: string; accessKeySecret: string};

// The package is CommonJS compiled from ES modules: the class sits on `.default` under tsx.
const VpcClient = Vpc.default;

export function vpcSdkClient(target: SdkTarget): InstanceType<typeof Vpc.default> {
	return new VpcClient(new $OpenApiUtil.Config({
		endpoint: target.endpoint,
		protocol: 'http',
		accessKeyId: target.accessKeyId,
		accessKeySecret: target.accessKeySecret,
		readTimeout: 10_000,
		connectTimeout: 5000,
	}));
}

/** A name-only UpdateIpsecServer (synchronous on the service), as another operator would send it. */
export async function renameIpsecServer(target: SdkTarget, regionId: string, ipsecServerId: string, name: string): Promise<void> {
	await vpcSdkClient(target).updateIpsecServer(new $Vpc.UpdateIpsecServerRequest({regionId, ipsecServerId, ipsecServerName: name}));
}

/** The server as ListIpsecServers returns it (camelCase SDK model), or undefined. */
export async function readIpsecServer(target: SdkTarget, regionId: string, ipsecServerId: string) {
	const response = await vpcSdkClient(target).listIpsecServers(new $Vpc.ListIpsecServersRequest({regionId, ipsecServerId: [ipsecServerId]}));
	return response.body?.ipsecServers?.[0];
}
