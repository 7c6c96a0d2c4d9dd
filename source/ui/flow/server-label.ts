// What the wizard is changing, as the frame names it: `name (iss-…) · region`.
import type {AppState} from './app-reducer.js';

export function serverLabel(state: AppState, separator: string): string {
	const server = state.loaded?.server;
	if (server) {
		return `${server.ipsecServerName} (${server.ipsecServerId})${separator}${server.regionId}`;
	}

	const pending = state.pending;
	return pending ? `${pending.ipsecServerName} (${pending.ipsecServerId})${separator}${pending.regionId}` : '';
}
