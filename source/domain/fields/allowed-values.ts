// The values the service allows for its fixed-choice and numeric settings, as it spells them.
// The field catalogue refers to these; model.ts re-exports them for the rest of the program.

export const ikeVersions = ['ikev1', 'ikev2'] as const;
export const ikeModes = ['main', 'aggressive'] as const;
export const encryptionAlgorithms = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
export const authenticationAlgorithms = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
export const dhGroups = ['group1', 'group2', 'group5', 'group14'] as const;
// `disabled` is documented for IPsec connections, not for the IPsec server ([UNCONFIRMED] in
// vpc-api.md §3.2). We accept it and warn; the sandbox answers OperationUnsupported.IpsecPfs
// where the real service might, so a DryRun catches it before anything changes.
export const ipsecPfsValues = ['disabled', ...dhGroups] as const;

export type IkeVersion = (typeof ikeVersions)[number];
export type IkeMode = (typeof ikeModes)[number];
export type EncryptionAlgorithm = (typeof encryptionAlgorithms)[number];
export type AuthenticationAlgorithm = (typeof authenticationAlgorithms)[number];
export type DhGroup = (typeof dhGroups)[number];
export type IpsecPfs = (typeof ipsecPfsValues)[number];

export const lifetimeRange = {min: 0, max: 86_400} as const;
