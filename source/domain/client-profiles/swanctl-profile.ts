// strongSwan's swanctl.conf for a Linux client (strongSwan 5.8 or later): one connection to the
// gateway with the server's IKE version and mode, its proposals, identities, a virtual IP asked
// from the pool, LocalSubnet as the remote traffic selectors, rekey times from the lifetimes, and
// the key (or a placeholder) in `secrets`.
import {strongswanProposal} from './strongswan-names.js';
import {gatewayIdentity, printableName, profileSecret, pskPlaceholder, type ProfileFile, type ProfileInput} from './profile-input.js';

/** The connection's name in swanctl (section names take letters, digits, `-` and `_`). */
export function swanctlConnectionName(ipsecServerId: string): string {
	return `aliyun-${ipsecServerId.toLowerCase().replaceAll(/[^a-z\d-]/g, '-')}`;
}

// A key of letters, digits and the usual symbols goes in quotes; anything a quoted string would
// need escapes for goes as hex, which swanctl reads as the same bytes.
function secretValue(secret: string): string {
	return /^[\u0021\u0023-\u005B\u005D-\u007E]+$/.test(secret) ? `"${secret}"` : `0x${Buffer.from(secret, 'utf8').toString('hex')}`;
}

export function swanctlProfile(input: ProfileInput): ProfileFile {
	const {config, ipsecServerId} = input;
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	const name = swanctlConnectionName(ipsecServerId);
	const secret = profileSecret(input);
	const ikeV1 = ike.ikeVersion === 'ikev1';
	const lines = [
		`# strongSwan (5.8+) client profile for the IPsec server ${printableName(config.ipsecServerName)} (${ipsecServerId}),`,
		'# written by ipsec-wizard from the server\'s settings.',
		`# Install: copy to /etc/swanctl/conf.d/, then swanctl --load-all && swanctl --initiate --child ${name}`,
		...(ikeV1 && ike.ikeMode === 'aggressive'
			? ['# IKEv1 aggressive mode with a PSK also needs, in strongswan.conf:', '#   charon { i_dont_care_about_security_and_use_aggressive_mode_psk = yes }']
			: []),
		'connections {',
		`\t${name} {`,
		`\t\tversion = ${ikeV1 ? 1 : 2}`,
		...(ikeV1 && ike.ikeMode === 'aggressive' ? ['\t\taggressive = yes'] : []),
		`\t\tremote_addrs = ${input.gatewayInternetIp}`,
		'\t\tvips = 0.0.0.0',
		`\t\tproposals = ${strongswanProposal(ike.ikeEncAlg, ike.ikeAuthAlg, ike.ikePfs)}`,
		// IKEv1 cannot rekey an IKE SA; strongSwan reauthenticates it instead.
		ikeV1 ? `\t\treauth_time = ${ike.ikeLifetime}s` : `\t\trekey_time = ${ike.ikeLifetime}s`,
		'\t\tlocal {',
		'\t\t\tauth = psk',
		...(ike.remoteId.length > 0 ? [`\t\t\tid = ${ike.remoteId}`] : []),
		'\t\t}',
		'\t\tremote {',
		'\t\t\tauth = psk',
		`\t\t\tid = ${gatewayIdentity(input)}`,
		'\t\t}',
		'\t\tchildren {',
		`\t\t\t${name} {`,
		`\t\t\t\tremote_ts = ${config.localSubnet.join(',')}`,
		`\t\t\t\tesp_proposals = ${strongswanProposal(ipsec.ipsecEncAlg, ipsec.ipsecAuthAlg, ipsec.ipsecPfs)}`,
		`\t\t\t\trekey_time = ${ipsec.ipsecLifetime}s`,
		'\t\t\t}',
		'\t\t}',
		'\t}',
		'}',
		'secrets {',
		`\tike-${name} {`,
		`\t\tid-gateway = ${gatewayIdentity(input)}`,
		...(secret === pskPlaceholder ? ['\t\t# The key was left out: put the server\'s pre-shared key here.'] : []),
		`\t\tsecret = ${secretValue(secret)}`,
		'\t}',
		'}',
	];
	return {format: 'swanctl', fileName: 'swanctl.conf', content: `${lines.join('\n')}\n`, holdsKey: secret !== pskPlaceholder};
}
