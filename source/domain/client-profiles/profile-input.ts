// What every client profile is made from, and what making one yields.
import type {IpsecServerConfig} from '../model.js';

export type ProfileInput = {
	config: IpsecServerConfig;
	/** What clients dial, and the remote identity when the server's LocalId is empty. */
	gatewayInternetIp: string;
	ipsecServerId: string;
	/** False: a placeholder stands where the key would be. */
	includePsk: boolean;
};

export const profileFormats = ['swanctl', 'mobileconfig', 'card'] as const;
export type ProfileFormat = (typeof profileFormats)[number];

export type ProfileFile = {
	format: ProfileFormat;
	fileName: string;
	content: string;
	/** True when the real key is in the content (then it is written 0600 and never printed). */
	holdsKey: boolean;
};

export const pskPlaceholder = 'REPLACE-WITH-THE-PRE-SHARED-KEY';

/** The server's LocalId as the client's remote identity (the gateway's IP when the API gives none). */
export function gatewayIdentity(input: ProfileInput): string {
	return input.config.ikeConfig.localId.length > 0 ? input.config.ikeConfig.localId : input.gatewayInternetIp;
}

/** The key, or the placeholder. */
export function profileSecret(input: ProfileInput): string {
	return input.includePsk && input.config.psk.length > 0 ? input.config.psk : pskPlaceholder;
}

/** A server's name inside a comment or a title: no control characters, so it cannot end the line. */
export function printableName(name: string): string {
	return name.replaceAll(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ');
}
