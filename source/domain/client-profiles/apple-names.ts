// Alibaba's values as Apple's configuration-profile values for the built-in IKEv2 client.
// Source: Apple's Device Management reference, VPN payload (com.apple.vpn.managed), keys
// IKEv2.IKESecurityAssociationParameters / ChildSecurityAssociationParameters: EncryptionAlgorithm
// DES, 3DES, AES-128, AES-256, AES-128-GCM, AES-256-GCM, ChaCha20Poly1305; IntegrityAlgorithm
// SHA1-96, SHA1-160, SHA2-256, SHA2-384, SHA2-512; DiffieHellmanGroup 1, 2, 5, 14-21, 31, 32;
// LifeTimeInMinutes 10-1440. DES, 3DES, SHA1-96/160 and groups 1, 2, 5 "are available only ...
// prior to iOS 26, macOS 26". (https://developer.apple.com/documentation/devicemanagement/vpn/ikev2-data.dictionary,
// machine-readable in github.com/apple/device-management mdm/profiles/com.apple.vpn.managed.yaml.)
// AES-192 and MD5 are not in those lists at all.
import type {AuthenticationAlgorithm, DhGroup, EncryptionAlgorithm} from '../model.js';

export const appleEncryption: Record<EncryptionAlgorithm, string | undefined> = {
	aes: 'AES-128',
	aes192: undefined,
	aes256: 'AES-256',
	des: 'DES',
	'3des': '3DES',
};

export const appleIntegrity: Record<AuthenticationAlgorithm, string | undefined> = {
	md5: undefined,
	sha1: 'SHA1-96',
	sha256: 'SHA2-256',
	sha384: 'SHA2-384',
	sha512: 'SHA2-512',
};

export const appleDhGroup: Record<DhGroup, number> = {
	group1: 1,
	group2: 2,
	group5: 5,
	group14: 14,
};

/** Values Apple removed in iOS 26 / macOS 26 (same source). */
export const removedInApple26 = new Set<string>(['DES', '3DES', 'SHA1-96', 'SHA1-160', '1', '2', '5']);

export const appleLifetimeMinutes = {min: 10, max: 1440} as const;
