// Advice, not errors: settings the service accepts but that weaken the VPN or surprise its users.
// Each message says why in one line and what we recommend instead.
//
// The negotiation settings are judged by one rule set (settingRules): each rule says when a
// value is weak and which value to use instead. The advisories below and the recommended presets
// (presets.ts) are both read from it, so `r` can never leave advice about a field it sets.
import {fieldValue} from './field-values.js';
import type {FieldName, IkeConfig, IpsecConfig, IpsecServerConfig, ServerContext} from './model.js';

/**
 * weakness: the setting is weak (a preset fixes it); disruption: the change interrupts people;
 * lock-out: a kind of client that could connect before no longer can (client-profiles/lockout-advisories.ts).
 */
export type AdvisoryKind = 'weakness' | 'disruption' | 'lock-out';

export type Advisory = {field: FieldName; kind: AdvisoryKind; message: string};

type NegotiationValues = IkeConfig & IpsecConfig;
/** The negotiation settings a rule (and so a preset) can judge; the identities are not advice. */
export type RuleField = Exclude<keyof NegotiationValues, 'localId' | 'remoteId'>;

export type SettingRule<F extends RuleField = RuleField> = {
	field: F;
	/** What is wrong with this value and what to use instead, or undefined when it is sound. */
	weakness(value: NegotiationValues[F], config: IpsecServerConfig): string | undefined;
	/** The value the advice names; the preset sets it. */
	recommended: NegotiationValues[F];
	/** The preset keeps a value the rule finds sound (a lifetime in the advised range) instead of replacing it. */
	presetKeepsSound?: boolean;
};

const shortPsk = 16;
// Phase 2 keys encrypt the traffic itself; common practice (and most client defaults) renews
// them every 1–8 hours. Phase 1 gets no such limit: 86400, the maximum, is its usual default.
const longIpsecLifetime = 28_800;

const cipherNames: Record<string, string> = {des: 'DES', '3des': '3DES'};
const hashNames: Record<string, string> = {md5: 'MD5', sha1: 'SHA-1'};
const weakGroupBits: Record<string, number> = {group1: 768, group2: 1024, group5: 1536};

function cipherRule(field: 'ikeEncAlg' | 'ipsecEncAlg'): SettingRule {
	const recommended = 'aes256';
	return {
		field,
		recommended,
		weakness: value => (value in cipherNames
			? `${cipherNames[value]} is obsolete and can be broken with today's hardware; use ${recommended}.`
			: undefined),
	};
}

function hashRule(field: 'ikeAuthAlg' | 'ipsecAuthAlg'): SettingRule {
	const recommended = 'sha256';
	return {
		field,
		recommended,
		weakness: value => (value in hashNames
			? `${hashNames[value]} is a broken hash that can be forged; use ${recommended} or stronger.`
			: undefined),
	};
}

const group14 = 'group14 (2048-bit)';

function groupWeakness(value: string | number): string | undefined {
	const bits = weakGroupBits[value];
	return bits ? `DH ${value} (${bits}-bit) is within reach of well-funded attackers; use ${group14}.` : undefined;
}

function lifetimeRule(field: 'ikeLifetime' | 'ipsecLifetime', recommended: number, longest?: number): SettingRule {
	return {
		field,
		recommended,
		presetKeepsSound: true,
		weakness(value) {
			if (value === 0) {
				// The API allows 0 without saying what it means; IPsec stacks read it as "no time limit".
				return `0 means these keys never expire, so they are never renewed; use ${recommended} seconds.`;
			}

			return longest !== undefined && Number(value) > longest
				? `Traffic keys kept over ${longest / 3600} hours protect more data if one leaks; use ${recommended} to ${longest} seconds.`
				: undefined;
		},
	};
}

/** In the order the wizard asks for the fields, so advice reads top to bottom like the steps. */
export const settingRules: readonly SettingRule[] = [
	// IKEv1 is not a weakness of its own (aggressive mode is, below); the preset still moves to
	// IKEv2, which is quicker and copes better with NAT.
	{field: 'ikeVersion', recommended: 'ikev2', weakness: () => undefined},
	{
		field: 'ikeMode',
		recommended: 'main',
		// With IKEv2 aggressive mode is an error (config-validation.ts), not advice.
		weakness: (value, config) => (config.pskEnabled && config.ikeConfig.ikeVersion === 'ikev1' && value === 'aggressive'
			? 'Aggressive mode sends a hash of the key that anyone can crack offline; use main mode or IKEv2.'
			: undefined),
	},
	cipherRule('ikeEncAlg'),
	hashRule('ikeAuthAlg'),
	{field: 'ikePfs', recommended: 'group14', weakness: groupWeakness},
	lifetimeRule('ikeLifetime', 86_400),
	cipherRule('ipsecEncAlg'),
	hashRule('ipsecAuthAlg'),
	{
		field: 'ipsecPfs',
		recommended: 'group14',
		weakness: value => (value === 'disabled'
			? `Without PFS one leaked key exposes earlier traffic too, and the service may refuse it; use group14.`
			: groupWeakness(value)),
	},
	lifetimeRule('ipsecLifetime', 3600, longIpsecLifetime),
];

function settingAdvice(config: IpsecServerConfig): Advisory[] {
	return settingRules.flatMap(rule => {
		const message = rule.weakness(fieldValue(rule.field, config) as NegotiationValues[RuleField], config);
		return message ? [{field: rule.field, kind: 'weakness' as const, message}] : [];
	});
}

function shortPskAdvice(config: IpsecServerConfig): Advisory[] {
	return config.pskEnabled && config.psk.length > 0 && config.psk.length < shortPsk
		? [{field: 'psk', kind: 'weakness', message: `A key under ${shortPsk} characters can be guessed offline; generate a random one of 32 characters.`}]
		: [];
}

function disconnectAdvice(config: IpsecServerConfig, context: ServerContext): Advisory[] {
	const count = context.onlineClientCount;
	if (!config.effectImmediately || count === 0) {
		return [];
	}

	const clients = count === 1 ? '1 online client' : `${count} online clients`;
	return [{field: 'effectImmediately', kind: 'disruption', message: `${clients} will be disconnected and must reconnect; turn this off to switch over on next traffic.`}];
}

/** Every source of advice, each about the configuration as it would be sent. */
const advisorySources: ReadonlyArray<(config: IpsecServerConfig, context: ServerContext) => Advisory[]> = [
	settingAdvice,
	shortPskAdvice,
	disconnectAdvice,
];

export function advisoriesFor(config: IpsecServerConfig, context: ServerContext): Advisory[] {
	return advisorySources.flatMap(source => source(config, context));
}

export function advisoriesForField(field: FieldName, config: IpsecServerConfig, context: ServerContext): Advisory[] {
	return advisoriesFor(config, context).filter(advisory => advisory.field === field);
}
