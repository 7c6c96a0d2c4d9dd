// The Alibaba server's twin, written from its settings with the test's own table (not the
// product's), so a wrong mapping in the product shows as a failed negotiation here. The expected
// names are what strongSwan reports once negotiated (IANA transform names).
import type {IpsecServerConfig} from '../../../source/domain/model.js';
import {responderAddress} from './ike-lab.js';

const cipher = {aes: 'aes', aes192: 'aes192', aes256: 'aes256', des: 'des', '3des': '3des'} as const;
const group = {group1: 'modp768', group2: 'modp1024', group5: 'modp1536', group14: 'modp2048'} as const;

export const negotiatedCipher = {
	aes: ['AES_CBC', '128'], aes192: ['AES_CBC', '192'], aes256: ['AES_CBC', '256'], des: ['DES_CBC', undefined], '3des': ['3DES_CBC', undefined],
} as const;
export const negotiatedIntegrity = {
	md5: 'HMAC_MD5_96', sha1: 'HMAC_SHA1_96', sha256: 'HMAC_SHA2_256_128', sha384: 'HMAC_SHA2_384_192', sha512: 'HMAC_SHA2_512_256',
} as const;
export const negotiatedGroup = {group1: 'MODP_768', group2: 'MODP_1024', group5: 'MODP_1536', group14: 'MODP_2048'} as const;

export type TwinOptions = {
	/** Replaces the server's key on the responder (the wrong-key case). */
	psk?: string;
	/** Replaces the responder's IKE or ESP proposal (the mismatch cases). */
	ikeProposal?: string;
	espProposal?: string;
};

export function twinName(): string {
	return 'twin';
}

export function responderTwin(config: IpsecServerConfig, gatewayInternetIp: string, options: TwinOptions = {}): string {
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	const ikeProposal = options.ikeProposal ?? `${cipher[ike.ikeEncAlg]}-${ike.ikeAuthAlg}-${group[ike.ikePfs]}`;
	const espProposal = options.espProposal ?? [cipher[ipsec.ipsecEncAlg], ipsec.ipsecAuthAlg, ...(ipsec.ipsecPfs === 'disabled' ? [] : [group[ipsec.ipsecPfs]])].join('-');
	const psk = options.psk ?? config.psk;
	return `connections {
	twin {
		version = ${ike.ikeVersion === 'ikev1' ? 1 : 2}
		${ike.ikeVersion === 'ikev1' && ike.ikeMode === 'aggressive' ? 'aggressive = yes' : ''}
		local_addrs = ${responderAddress}
		pools = clients
		proposals = ${ikeProposal}
		local {
			auth = psk
			id = ${ike.localId || gatewayInternetIp}
		}
		remote {
			auth = psk
			id = ${ike.remoteId || '%any'}
		}
		children {
			twin {
				local_ts = ${config.localSubnet.join(',')}
				esp_proposals = ${espProposal}
			}
		}
	}
}
pools {
	clients {
		addrs = ${config.clientIpPool}
	}
}
secrets {
	ike-twin {
		secret = 0x${Buffer.from(psk, 'utf8').toString('hex')}
	}
}
`;
}
