// Alibaba's algorithm names as strongSwan proposal keywords. Each pairing was negotiated end to end
// with strongSwan 5.9 (the table in README's "Client profiles"; test/negotiation proves it again).
import type {AuthenticationAlgorithm, DhGroup, EncryptionAlgorithm, IpsecPfs} from '../model.js';

export const strongswanEncryption: Record<EncryptionAlgorithm, string> = {
	aes: 'aes128',
	aes192: 'aes192',
	aes256: 'aes256',
	des: 'des',
	'3des': '3des',
};

export const strongswanIntegrity: Record<AuthenticationAlgorithm, string> = {
	md5: 'md5',
	sha1: 'sha1',
	sha256: 'sha256',
	sha384: 'sha384',
	sha512: 'sha512',
};

export const strongswanDhGroup: Record<DhGroup, string> = {
	group1: 'modp768',
	group2: 'modp1024',
	group5: 'modp1536',
	group14: 'modp2048',
};

/** `enc-integ[-dh]`; a disabled Phase 2 PFS puts no DH group in the ESP proposal. */
export function strongswanProposal(encryption: EncryptionAlgorithm, integrity: AuthenticationAlgorithm, group: IpsecPfs): string {
	const parts = [strongswanEncryption[encryption], strongswanIntegrity[integrity]];
	if (group !== 'disabled') {
		parts.push(strongswanDhGroup[group]);
	}

	return parts.join('-');
}
