// The kinds of client a profile or the compatibility table speaks of.
export const clientKinds = ['strongswan', 'apple', 'apple26', 'android', 'windows'] as const;
export type ClientKind = (typeof clientKinds)[number];

export const clientKindLabels: Record<ClientKind, string> = {
	strongswan: 'strongSwan (Linux)',
	apple: 'iOS/macOS built-in IKEv2 (before 26)',
	apple26: 'iOS/macOS built-in IKEv2 (26 and later)',
	android: 'Android built-in IKEv2/IPSec PSK',
	windows: 'Windows built-in IKEv2',
};
