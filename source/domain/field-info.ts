// Guidance for someone setting this up for the first time, in our own words. Each help line fits
// an 80-column screen next to its frame (76 characters at most; a test holds us to it).
import {formatLocalSubnet} from './field-parsing.js';
import {fieldValue} from './field-values.js';
import type {FieldName, IpsecServerConfig} from './model.js';
import {maskSecret} from './psk.js';

export type FieldInfo = {label: string; help: string; example: string};

export const fieldInfo: Record<FieldName, FieldInfo> = {
	ipsecServerName: {
		label: 'Name',
		help: 'What you call this IPsec server in the console; 1 to 100 characters.',
		example: 'office-vpn',
	},
	localSubnet: {
		label: 'Local subnets',
		help: 'VPC address blocks that clients may reach through the tunnel.',
		example: '192.168.0.0/24,192.168.1.0/24',
	},
	clientIpPool: {
		label: 'Client IP pool',
		help: 'Addresses lent to clients; must lie outside the VPC so replies route back.',
		example: '10.10.0.0/24',
	},
	ikeVersion: {
		label: 'IKE version',
		help: 'Key exchange protocol; IKEv2 is newer, quicker and copes better with NAT.',
		example: 'ikev2',
	},
	ikeMode: {
		label: 'IKE mode',
		help: 'Main mode hides identities; aggressive (IKEv1 only) sends them openly.',
		example: 'main',
	},
	ikeEncAlg: {
		label: 'Phase 1 encryption',
		help: 'Cipher that protects the key exchange itself; AES-256 is recommended.',
		example: 'aes256',
	},
	ikeAuthAlg: {
		label: 'Phase 1 integrity',
		help: 'Hash that proves key exchange messages were not altered; use SHA-256.',
		example: 'sha256',
	},
	ikePfs: {
		label: 'Phase 1 DH group',
		help: 'Diffie-Hellman group used to agree the keys; group14 (2048-bit) or more.',
		example: 'group14',
	},
	ikeLifetime: {
		label: 'Phase 1 lifetime',
		help: 'Seconds until the key exchange is redone with fresh keys (0 to 86400).',
		example: '86400',
	},
	localId: {
		label: 'Local ID',
		help: 'How this server names itself to clients: usually the gateway public IP.',
		example: '47.100.1.2',
	},
	remoteId: {
		label: 'Remote ID',
		help: 'The name clients present for themselves (domain or IP); may be empty.',
		example: 'laptop.example.com',
	},
	ipsecEncAlg: {
		label: 'Phase 2 encryption',
		help: 'Cipher that protects your traffic inside the tunnel; AES-256 is advised.',
		example: 'aes256',
	},
	ipsecAuthAlg: {
		label: 'Phase 2 integrity',
		help: 'Hash that detects tampering with tunnel traffic; use SHA-256 or better.',
		example: 'sha256',
	},
	ipsecPfs: {
		label: 'Phase 2 PFS',
		help: 'Fresh DH keys per tunnel key, so one stolen key cannot unlock the rest.',
		example: 'group14',
	},
	ipsecLifetime: {
		label: 'Phase 2 lifetime',
		help: 'Seconds until the keys that encrypt traffic are replaced (0 to 86400).',
		example: '3600',
	},
	pskEnabled: {
		label: 'Pre-shared key login',
		help: 'Clients prove who they are with a shared secret; needed without IDaaS.',
		example: 'on',
	},
	psk: {
		label: 'Pre-shared key',
		help: 'The secret every client must hold too; long and random, sent privately.',
		example: '32 random letters and digits',
	},
	effectImmediately: {
		label: 'Apply immediately',
		help: 'On: drop tunnels and renegotiate now. Off: renegotiate on next traffic.',
		example: 'off',
	},
};

function describeSeconds(seconds: number): string {
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = seconds % 60;
	const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', rest ? `${rest} s` : ''].filter(Boolean);
	return seconds >= 60 ? `${seconds} s (${parts.join(' ')})` : `${seconds} s`;
}

/** The display form of a field's value. The PSK shows as a fixed mask, never its value. */
export function describeValue(field: FieldName, config: IpsecServerConfig): string {
	if (field === 'psk') {
		return config.psk.length > 0 ? maskSecret(config.psk, '*') : '(none)';
	}

	const value = fieldValue(field, config);
	if (typeof value === 'boolean') {
		return value ? 'on' : 'off';
	}

	if (typeof value === 'number') {
		return describeSeconds(value);
	}

	if (Array.isArray(value)) {
		return formatLocalSubnet(value);
	}

	return value.length > 0 ? value : '(none)';
}
