// What the wizard is changing, as the frame names it: `name (iss-…) · region`. Once a change is
// verified the name is the one the server has now (a rename shows its new name).
import type {AppState} from './app-reducer.js';

export function serverLabel(state: AppState, separator: string): string {
	const server = state.loaded?.server;
	if (server) {
		const name = state.verifiedConfig?.ipsecServerName ?? server.ipsecServerName;
		return `${name} (${server.ipsecServerId})${separator}${server.regionId}`;
	}

	const pending = state.pending;
	const name = state.verifiedConfig?.ipsecServerName ?? pending?.ipsecServerName;
	return pending ? `${name} (${pending.ipsecServerId})${separator}${pending.regionId}` : '';
}
