// Advice, not errors: settings the service accepts but that weaken the VPN or surprise its users.
// Each message says why in one line and what we recommend instead.
import type {FieldName, IpsecServerConfig, ServerContext} from './model.js';

export type Advisory = {field: FieldName; message: string};

const weakCiphers = new Set(['des', '3des']);
const weakHashes = new Set(['md5', 'sha1']);
const weakGroupBits: Record<string, number> = {group1: 768, group2: 1024, group5: 1536};
const shortPsk = 16;
// Phase 2 keys encrypt the traffic itself; common practice (and most client defaults) renews
// them every 1–8 hours. Phase 1 gets no such limit: 86400, the maximum, is its usual default.
const longIpsecLifetime = 28_800;

function cipherAdvice(field: FieldName, value: string): Advisory[] {
	return weakCiphers.has(value)
		? [{field, message: `${value.toUpperCase()} is obsolete and can be broken with today's hardware; use aes256.`}]
		: [];
}

function hashAdvice(field: FieldName, value: string): Advisory[] {
	return weakHashes.has(value)
		? [{field, message: `${value === 'md5' ? 'MD5' : 'SHA-1'} is a broken hash that can be forged; use sha256 or stronger.`}]
		: [];
}

function groupAdvice(field: FieldName, value: string): Advisory[] {
	const bits = weakGroupBits[value];
	return bits
		? [{field, message: `DH ${value} (${bits}-bit) is within reach of well-funded attackers; use group14 (2048-bit).`}]
		: [];
}

function lifetimeAdvice(field: FieldName, seconds: number): Advisory[] {
	if (seconds === 0) {
		// The API allows 0 without saying what it means; IPsec stacks read it as "no time limit".
		const recommended = field === 'ikeLifetime' ? 86_400 : 3600;
		return [{field, message: `0 means these keys never expire, so they are never renewed; use ${recommended} seconds.`}];
	}

	return field === 'ipsecLifetime' && seconds > longIpsecLifetime
		? [{field, message: `Traffic keys kept over 8 hours protect more data if one leaks; use 3600 to ${longIpsecLifetime} seconds.`}]
		: [];
}

function aggressiveModeAdvice(config: IpsecServerConfig): Advisory[] {
	const {ikeVersion, ikeMode} = config.ikeConfig;
	// With IKEv2 aggressive mode is an error (config-validation.ts), not advice.
	return config.pskEnabled && ikeVersion === 'ikev1' && ikeMode === 'aggressive'
		? [{field: 'ikeMode', message: 'Aggressive mode sends a hash of the key that anyone can crack offline; use main mode or IKEv2.'}]
		: [];
}

function shortPskAdvice(config: IpsecServerConfig): Advisory[] {
	return config.pskEnabled && config.psk.length > 0 && config.psk.length < shortPsk
		? [{field: 'psk', message: `A key under ${shortPsk} characters can be guessed offline; generate a random one of 32 characters.`}]
		: [];
}

function disconnectAdvice(config: IpsecServerConfig, context: ServerContext): Advisory[] {
	const count = context.onlineClientCount;
	if (!config.effectImmediately || count === 0) {
		return [];
	}

	const clients = count === 1 ? '1 online client' : `${count} online clients`;
	return [{field: 'effectImmediately', message: `${clients} will be disconnected and must reconnect; turn this off to switch over on next traffic.`}];
}

export function advisoriesFor(config: IpsecServerConfig, context: ServerContext): Advisory[] {
	const {ikeConfig, ipsecConfig} = config;
	const pfsAdvice: Advisory[] = ipsecConfig.ipsecPfs === 'disabled'
		? [{field: 'ipsecPfs', message: 'Without PFS one leaked key exposes earlier traffic too, and the service may refuse it; use group14.'}]
		: groupAdvice('ipsecPfs', ipsecConfig.ipsecPfs);
	return [
		...aggressiveModeAdvice(config),
		...cipherAdvice('ikeEncAlg', ikeConfig.ikeEncAlg),
		...hashAdvice('ikeAuthAlg', ikeConfig.ikeAuthAlg),
		...groupAdvice('ikePfs', ikeConfig.ikePfs),
		...lifetimeAdvice('ikeLifetime', ikeConfig.ikeLifetime),
		...cipherAdvice('ipsecEncAlg', ipsecConfig.ipsecEncAlg),
		...hashAdvice('ipsecAuthAlg', ipsecConfig.ipsecAuthAlg),
		...pfsAdvice,
		...lifetimeAdvice('ipsecLifetime', ipsecConfig.ipsecLifetime),
		...shortPskAdvice(config),
		...disconnectAdvice(config, context),
	];
}

export function advisoriesForField(field: FieldName, config: IpsecServerConfig, context: ServerContext): Advisory[] {
	return advisoriesFor(config, context).filter(advisory => advisory.field === field);
}
