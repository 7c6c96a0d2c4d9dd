// The recommended presets of Phase 1 and Phase 2, read from the same rules the advisories apply
// (advisories.ts): each field the preset touches takes its rule's recommended value, and a
// lifetime the rule finds sound is kept. Today that is IKEv2 main mode, AES-256, SHA-256 and DH
// group 14 for both phases, a Phase 1 lifetime other than 0 and a Phase 2 one of 1–8 hours.
import {settingRules, type RuleField, type SettingRule} from './advisories.js';
import {fieldValue, ikeFields, ipsecFields} from './field-values.js';
import type {IpsecServerConfig} from './model.js';

export type PresetPhase = 'ike' | 'ipsec';

const phaseFields: Record<PresetPhase, readonly string[]> = {ike: ikeFields, ipsec: ipsecFields};

const rulesOf = (phase: PresetPhase): readonly SettingRule[] =>
	settingRules.filter(rule => phaseFields[phase].includes(rule.field));

/** The fields a phase's preset may set: every field a rule judges in that phase. */
export const presetFields: Record<PresetPhase, readonly RuleField[]> = {
	ike: rulesOf('ike').map(rule => rule.field),
	ipsec: rulesOf('ipsec').map(rule => rule.field),
};

function presetValue(rule: SettingRule, config: IpsecServerConfig) {
	const value = fieldValue(rule.field, config) as SettingRule['recommended'];
	return rule.presetKeepsSound && rule.weakness(value, config) === undefined ? value : rule.recommended;
}

/** The configuration with the phase's preset applied; every other field is kept. */
export function applyPreset(phase: PresetPhase, config: IpsecServerConfig): IpsecServerConfig {
	const values = Object.fromEntries(rulesOf(phase).map(rule => [rule.field, presetValue(rule, config)]));
	return phase === 'ike'
		? {...config, ikeConfig: {...config.ikeConfig, ...values}}
		: {...config, ipsecConfig: {...config.ipsecConfig, ...values}};
}

/** Phase 1 set to the recommendation; a sound lifetime and the identities are kept. */
export const applyRecommendedIke = (config: IpsecServerConfig): IpsecServerConfig => applyPreset('ike', config);

/** Phase 2 set to the recommendation; a lifetime of 1–8 hours is kept. */
export const applyRecommendedIpsec = (config: IpsecServerConfig): IpsecServerConfig => applyPreset('ipsec', config);
