// A validated UpdateIpsecServer change and how it lands on a server. Inside IkeConfig and
// IpsecConfig, keys present replace and keys absent keep the current value: an emulator
// assumption (vpc-api.md §3.3 — the service's behaviour for partial objects is undocumented).
import type {IkeConfig, IpsecConfig, IpsecServer} from '../domain/model.js';

export type ServerChange = {
	ipsecServerName?: string;
	localSubnet?: string[];
	clientIpPool?: string;
	effectImmediately?: boolean;
	ikeConfig?: Partial<IkeConfig>;
	ipsecConfig?: Partial<IpsecConfig>;
	pskEnabled?: boolean;
	psk?: string;
};

export function applyServerChange(server: IpsecServer, change: ServerChange): IpsecServer {
	const {ikeConfig, ipsecConfig, ...topLevel} = change;
	const next: IpsecServer = {
		...server,
		...topLevel,
		ikeConfig: {...server.ikeConfig, ...ikeConfig},
		ipsecConfig: {...server.ipsecConfig, ...ipsecConfig},
	};
	// An empty LocalId means the documented default: the gateway's public IP.
	if (next.ikeConfig.localId === '') {
		next.ikeConfig = {...next.ikeConfig, localId: server.internetIp};
	}

	return next;
}

/** Changing only the name is the one synchronous update (the API page's first rule). */
export function isNameOnlyChange(change: ServerChange): boolean {
	const keys = Object.keys(change);
	return keys.length === 1 && keys[0] === 'ipsecServerName';
}

export function isEmptyChange(change: ServerChange): boolean {
	return Object.keys(change).length === 0;
}
