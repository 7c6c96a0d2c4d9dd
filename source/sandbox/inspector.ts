// The in-process window on the sandbox's state for tests and the wizard's demo mode. It never
// goes through HTTP, so faults never touch it.
import type {CallRecord} from './request-handler.js';
import type {SandboxInspector} from './sandbox-types.js';
import type {StateStore} from './state-store.js';

export function createInspector(store: StateStore, calls: CallRecord[]): SandboxInspector {
	return {
		// Copies, so a test poking at a result cannot change the sandbox behind the API's back.
		server(ipsecServerId) {
			const server = store.server(ipsecServerId);
			return server && structuredClone(server);
		},
		gateway(vpnGatewayId) {
			const gateway = store.gateway(vpnGatewayId);
			if (!gateway) {
				return undefined;
			}

			const {systemTags, sslClientPools, connectionCustomerNetworks, resourceGroupId, chargeType, gatewayType, networkType, vpnType, enableBgp, autoPropagate, ...vpnGateway} = gateway;
			return structuredClone(vpnGateway);
		},
		appliedUpdates: () => store.appliedUpdates(),
		calls: () => calls.map(call => ({...call})),
		mutateServer: (ipsecServerId, change) => store.mutateServer(ipsecServerId, change),
	};
}
