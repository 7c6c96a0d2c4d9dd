// The Apple configuration profile (.mobileconfig) for the built-in IKEv2 client of iOS and macOS:
// one com.apple.vpn.managed payload, VPNType IKEv2, SharedSecret authentication, the IKE and child
// SA parameters from the server's settings (values: apple-names.ts, with Apple's reference cited).
// Written with the plist library, so the XML is a valid property list whatever the names contain.
import {createHash} from 'node:crypto';
import {build} from 'plist';
import type {AuthenticationAlgorithm, DhGroup, EncryptionAlgorithm} from '../model.js';
import {appleDhGroup, appleEncryption, appleIntegrity, appleLifetimeMinutes} from './apple-names.js';
import {gatewayIdentity, printableName, profileSecret, pskPlaceholder, type ProfileFile, type ProfileInput} from './profile-input.js';

/** The same server always gets the same UUIDs, so installing a new profile replaces the old one. */
function stableUuid(seed: string): string {
	const hex = createHash('sha256').update(seed).digest('hex');
	return [hex.slice(0, 8), hex.slice(8, 12), `5${hex.slice(13, 16)}`, `8${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-').toUpperCase();
}

/** Seconds as Apple's LifeTimeInMinutes, kept in its 10–1440 range (0, "never", becomes the longest). */
export function appleLifetime(seconds: number): number {
	if (seconds === 0) {
		return appleLifetimeMinutes.max;
	}

	return Math.min(appleLifetimeMinutes.max, Math.max(appleLifetimeMinutes.min, Math.round(seconds / 60)));
}

// Only called when Apple can express every value (client-profiles.ts checks first); '' never ships.
function saParameters(encryption: EncryptionAlgorithm, integrity: AuthenticationAlgorithm, group: DhGroup, seconds: number) {
	return {
		EncryptionAlgorithm: appleEncryption[encryption] ?? '',
		IntegrityAlgorithm: appleIntegrity[integrity] ?? '',
		DiffieHellmanGroup: appleDhGroup[group],
		LifeTimeInMinutes: appleLifetime(seconds),
	};
}

export function appleProfile(input: ProfileInput): ProfileFile {
	const {config, ipsecServerId} = input;
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	const secret = profileSecret(input);
	const name = printableName(config.ipsecServerName);
	const identifier = `ipsec-wizard.${ipsecServerId}`;
	const ikev2 = {
		RemoteAddress: input.gatewayInternetIp,
		RemoteIdentifier: gatewayIdentity(input),
		...(ike.remoteId.length > 0 ? {LocalIdentifier: ike.remoteId} : {}),
		AuthenticationMethod: 'SharedSecret',
		SharedSecret: secret,
		ExtendedAuthEnabled: 0,
		// Phase 2 PFS: the child SA's DH group is used only when PFS is on.
		EnablePFS: ipsec.ipsecPfs === 'disabled' ? 0 : 1,
		IKESecurityAssociationParameters: saParameters(ike.ikeEncAlg, ike.ikeAuthAlg, ike.ikePfs, ike.ikeLifetime),
		// Without PFS (EnablePFS 0) the child's group is unused; the IKE one keeps the profile complete.
		ChildSecurityAssociationParameters: saParameters(ipsec.ipsecEncAlg, ipsec.ipsecAuthAlg, ipsec.ipsecPfs === 'disabled' ? ike.ikePfs : ipsec.ipsecPfs, ipsec.ipsecLifetime),
	};
	const profile = {
		PayloadDisplayName: `VPN ${name}`,
		PayloadDescription: `IKEv2 VPN to the Alibaba Cloud IPsec server ${name} (${ipsecServerId}), made by ipsec-wizard.`,
		PayloadIdentifier: identifier,
		PayloadType: 'Configuration',
		PayloadUUID: stableUuid(`${ipsecServerId}:profile`),
		PayloadVersion: 1,
		PayloadContent: [
			{
				PayloadType: 'com.apple.vpn.managed',
				PayloadIdentifier: `${identifier}.vpn`,
				PayloadUUID: stableUuid(`${ipsecServerId}:vpn`),
				PayloadVersion: 1,
				PayloadDisplayName: `VPN ${name}`,
				UserDefinedName: name,
				VPNType: 'IKEv2',
				IKEv2: ikev2,
			},
		],
	};
	return {
		format: 'mobileconfig',
		fileName: 'ipsec-server.mobileconfig',
		content: `${build(profile)}\n`,
		holdsKey: secret !== pskPlaceholder,
	};
}
