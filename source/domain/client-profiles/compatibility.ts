// Can each kind of client negotiate the server's settings at all? One verdict and one line of
// reason per kind. "unknown" where the vendor documents no list: never a guess.
import type {FieldName, IpsecServerConfig} from '../model.js';
import {appleDhGroup, appleEncryption, appleIntegrity, removedInApple26} from './apple-names.js';
import {clientKinds, type ClientKind} from './client-kinds.js';

export type Verdict = 'yes' | 'no' | 'unknown';

export type Compatibility = {
	kind: ClientKind;
	verdict: Verdict;
	reason: string;
	/** The setting that decides a `no` (the first one, when several do). */
	field?: FieldName;
};

type Blocker = {field: FieldName; reason: string};

function appleBlockers(config: IpsecServerConfig, since26: boolean): Blocker[] {
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	if (ike.ikeVersion === 'ikev1') {
		return [{field: 'ikeVersion', reason: 'the built-in IKEv2 client does not speak IKEv1'}];
	}

	const blockers: Blocker[] = [];
	const check = (field: FieldName, alibaba: string, apple: string | undefined, key: string) => {
		if (apple === undefined) {
			blockers.push({field, reason: `${alibaba} is not among Apple's ${key} values`});
		} else if (since26 && removedInApple26.has(apple)) {
			blockers.push({field, reason: `${alibaba} (Apple's ${apple}) was removed in iOS 26 and macOS 26`});
		}
	};

	check('ikeEncAlg', ike.ikeEncAlg, appleEncryption[ike.ikeEncAlg], 'EncryptionAlgorithm');
	check('ikeAuthAlg', ike.ikeAuthAlg, appleIntegrity[ike.ikeAuthAlg], 'IntegrityAlgorithm');
	check('ikePfs', ike.ikePfs, String(appleDhGroup[ike.ikePfs]), 'DiffieHellmanGroup');
	check('ipsecEncAlg', ipsec.ipsecEncAlg, appleEncryption[ipsec.ipsecEncAlg], 'EncryptionAlgorithm');
	check('ipsecAuthAlg', ipsec.ipsecAuthAlg, appleIntegrity[ipsec.ipsecAuthAlg], 'IntegrityAlgorithm');
	if (ipsec.ipsecPfs !== 'disabled') {
		check('ipsecPfs', ipsec.ipsecPfs, String(appleDhGroup[ipsec.ipsecPfs]), 'DiffieHellmanGroup');
	}

	return blockers;
}

function fromBlockers(kind: ClientKind, blockers: Blocker[], fine: string): Compatibility {
	const first = blockers[0];
	return first
		? {kind, verdict: 'no', reason: [...new Set(blockers.map(blocker => blocker.reason))].join('; '), field: first.field}
		: {kind, verdict: 'yes', reason: fine};
}

function verdictFor(kind: ClientKind, config: IpsecServerConfig): Compatibility {
	const {ikeVersion, ikeMode, ikeEncAlg, ipsecEncAlg} = {...config.ikeConfig, ...config.ipsecConfig};
	switch (kind) {
		case 'strongswan': {
			// Every Alibaba value has a strongSwan keyword (strongswan-names.ts), proven by test/negotiation.
			const notes = [
				ikeVersion === 'ikev1' && ikeMode === 'aggressive' ? 'aggressive mode needs i_dont_care_about_security_and_use_aggressive_mode_psk = yes in strongswan.conf' : undefined,
				[ikeEncAlg, ipsecEncAlg].some(value => value === 'des' || value === '3des') ? 'DES/3DES need the openssl plugin' : undefined,
			].filter(note => note !== undefined);
			return {kind, verdict: 'yes', reason: notes.length > 0 ? `every setting maps to strongSwan 5.8+; ${notes.join('; ')}` : 'every setting maps to strongSwan 5.8+'};
		}

		case 'apple': {
			return fromBlockers(kind, appleBlockers(config, false), 'every setting is among Apple\'s profile values');
		}

		case 'apple26': {
			return fromBlockers(kind, appleBlockers(config, true), 'every setting is among Apple\'s profile values for iOS/macOS 26');
		}

		case 'android': {
			// Google documents the IKEv2/IPSec PSK profile type (PlatformVpnProfile.TYPE_IKEV2_IPSEC_PSK,
			// Ikev2VpnProfile.Builder.setAuthPsk, Android 11 / API 30: developer.android.com/reference/android/net/Ikev2VpnProfile.Builder),
			// but not which IKE proposals the built-in client offers.
			return ikeVersion === 'ikev1'
				? {kind, verdict: 'no', reason: 'the IKEv2/IPSec PSK type speaks IKEv2 only', field: 'ikeVersion'}
				: {kind, verdict: 'unknown', reason: 'Google documents IKEv2 with a PSK but not the proposals the built-in client offers'};
		}

		case 'windows': {
			// Microsoft's Add-VpnConnection documents IKEv2 with EAP, MSCHAPv2 or machine certificates and
			// a PSK only for L2TP (-L2tpPsk); a PSK for IKEv2 appears only as the RAS phone-book flag
			// RASEO2_UsePreSharedKeyForIkev2Initiator, with no documented way to set it in the built-in client.
			return {kind, verdict: 'unknown', reason: 'Microsoft documents no way to give the built-in IKEv2 client a pre-shared key'};
		}
	}
}

export function clientCompatibility(config: IpsecServerConfig): Compatibility[] {
	return clientKinds.map(kind =>
		config.pskEnabled
			? verdictFor(kind, config)
			: {kind, verdict: 'unknown', reason: 'the server authenticates without a pre-shared key, which no client guide documents'},
	);
}
