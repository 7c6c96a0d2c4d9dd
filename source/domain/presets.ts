// The recommended algorithm set: IKEv2 main mode, AES-256, SHA-256 and DH group 14 (2048-bit)
// for both phases — widely supported by clients and free of every weakness advisories.ts flags.
import type {IkeConfig, IpsecConfig, IpsecServerConfig} from './model.js';

export const recommendedIkeConfig: Pick<IkeConfig, 'ikeVersion' | 'ikeMode' | 'ikeEncAlg' | 'ikeAuthAlg' | 'ikePfs'> = {
	ikeVersion: 'ikev2',
	ikeMode: 'main',
	ikeEncAlg: 'aes256',
	ikeAuthAlg: 'sha256',
	ikePfs: 'group14',
};

export const recommendedIpsecConfig: Pick<IpsecConfig, 'ipsecEncAlg' | 'ipsecAuthAlg' | 'ipsecPfs'> = {
	ipsecEncAlg: 'aes256',
	ipsecAuthAlg: 'sha256',
	ipsecPfs: 'group14',
};

/** Phase 1 algorithms set to the recommendation; lifetime and identities are kept. */
export function applyRecommendedIke(config: IpsecServerConfig): IpsecServerConfig {
	return {...config, ikeConfig: {...config.ikeConfig, ...recommendedIkeConfig}};
}

/** Phase 2 algorithms set to the recommendation; the lifetime is kept. */
export function applyRecommendedIpsec(config: IpsecServerConfig): IpsecServerConfig {
	return {...config, ipsecConfig: {...config.ipsecConfig, ...recommendedIpsecConfig}};
}
