// What the wizard is changing, as the frame names it: `name (iss-…) · region`. Once a change is
// verified the name is the one the server has now (a rename shows its new name).
import type {AppState} from './app-reducer.js';

export function serverLabel(state: AppState, separator: string): string {
	const renamed = state.phase === 'summary' ? state.verifiedConfig.ipsecServerName : undefined;
	if ('loaded' in state) {
		const {server} = state.loaded;
		return `${renamed ?? server.ipsecServerName} (${server.ipsecServerId})${separator}${server.regionId}`;
	}

	if ('pending' in state) {
		const {pending} = state;
		return `${renamed ?? pending.ipsecServerName} (${pending.ipsecServerId})${separator}${pending.regionId}`;
	}

	return '';
}
