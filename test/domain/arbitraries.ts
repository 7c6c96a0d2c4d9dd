// fast-check generators for configurations built from the real enumerations and valid blocks.
import fc from 'fast-check';
import {parseIpv4Cidr} from '../../source/domain/cidr.js';
import {
	authenticationAlgorithms,
	dhGroups,
	encryptionAlgorithms,
	ikeModes,
	ikeVersions,
	ipsecPfsValues,
} from '../../source/domain/model.js';
import type {IkeConfig, IpsecConfig, IpsecServerConfig} from '../../source/domain/model.js';

export function cidrArbitrary(minPrefix = 0, maxPrefix = 32): fc.Arbitrary<string> {
	return fc.tuple(fc.ipV4(), fc.integer({min: minPrefix, max: maxPrefix}))
		.map(([address, prefix]) => parseIpv4Cidr(`${address}/${prefix}`)?.cidr ?? '10.0.0.0/8');
}

const lifetime = fc.integer({min: 0, max: 86_400});
const pskCharacter = fc.integer({min: 0x21, max: 0x7E}).map(code => String.fromCodePoint(code));
export function pskArbitrary(minLength = 1): fc.Arbitrary<string> {
	return fc.string({unit: pskCharacter, minLength, maxLength: 100});
}

/** Each value is either the loaded one (so plans see unchanged fields) or a fresh one. */
function keepOr<T>(loaded: T, fresh: fc.Arbitrary<T>): fc.Arbitrary<T> {
	return fc.oneof(fc.constant(loaded), fresh);
}

export function editedConfigArbitrary(loaded: IpsecServerConfig): fc.Arbitrary<IpsecServerConfig> {
	const {ikeConfig: ike, ipsecConfig: ipsec} = loaded;
	const ikeConfig: fc.Arbitrary<IkeConfig> = fc.record({
		ikeVersion: keepOr(ike.ikeVersion, fc.constantFrom(...ikeVersions)),
		ikeMode: keepOr(ike.ikeMode, fc.constantFrom(...ikeModes)),
		ikeEncAlg: keepOr(ike.ikeEncAlg, fc.constantFrom(...encryptionAlgorithms)),
		ikeAuthAlg: keepOr(ike.ikeAuthAlg, fc.constantFrom(...authenticationAlgorithms)),
		ikePfs: keepOr(ike.ikePfs, fc.constantFrom(...dhGroups)),
		ikeLifetime: keepOr(ike.ikeLifetime, lifetime),
		localId: keepOr(ike.localId, fc.oneof(fc.ipV4(), fc.domain())),
		remoteId: keepOr(ike.remoteId, fc.oneof(fc.constant(''), fc.ipV4(), fc.domain())),
	});
	const ipsecConfig: fc.Arbitrary<IpsecConfig> = fc.record({
		ipsecEncAlg: keepOr(ipsec.ipsecEncAlg, fc.constantFrom(...encryptionAlgorithms)),
		ipsecAuthAlg: keepOr(ipsec.ipsecAuthAlg, fc.constantFrom(...authenticationAlgorithms)),
		ipsecPfs: keepOr(ipsec.ipsecPfs, fc.constantFrom(...ipsecPfsValues)),
		ipsecLifetime: keepOr(ipsec.ipsecLifetime, lifetime),
	});
	return fc.record({
		ipsecServerName: keepOr(loaded.ipsecServerName, fc.string({minLength: 1, maxLength: 100})),
		localSubnet: keepOr(loaded.localSubnet, fc.array(cidrArbitrary(8, 30), {minLength: 1, maxLength: 4})),
		clientIpPool: keepOr(loaded.clientIpPool, cidrArbitrary(16, 29)),
		effectImmediately: fc.boolean(),
		ikeConfig,
		ipsecConfig,
		pskEnabled: fc.boolean(),
		psk: keepOr(loaded.psk, pskArbitrary()),
	});
}
