// What the user has typed and chosen so far, kept as text exactly as typed so that going back
// and forth between steps never loses or reformats anything. Turned into a configuration only
// when every text parses.
import {
	configFromDraftValues,
	type DraftValues,
} from './draft-parsing.js';
import {formatLocalSubnet, type FieldIssue} from '../../domain/index.js';
import type {
	AuthenticationAlgorithm,
	DhGroup,
	EncryptionAlgorithm,
	IkeMode,
	IkeVersion,
	IpsecPfs,
	IpsecServerConfig,
} from '../../domain/index.js';

/** keep: the loaded key; replace: the one typed; generate: one made from random bytes. */
export type PskAction = 'keep' | 'replace' | 'generate';

export type Draft = {
	ipsecServerName: string;
	localSubnet: string;
	clientIpPool: string;
	ikeVersion: IkeVersion;
	ikeMode: IkeMode;
	ikeEncAlg: EncryptionAlgorithm;
	ikeAuthAlg: AuthenticationAlgorithm;
	ikePfs: DhGroup;
	ikeLifetime: string;
	localId: string;
	remoteId: string;
	ipsecEncAlg: EncryptionAlgorithm;
	ipsecAuthAlg: AuthenticationAlgorithm;
	ipsecPfs: IpsecPfs;
	ipsecLifetime: string;
	pskEnabled: boolean;
	effectImmediately: boolean;
	pskAction: PskAction;
	/** The key in effect when the draft was made (sent back unchanged when kept). */
	loadedPsk: string;
	typedPsk: string;
	generatedPsk: string;
};

export type TextDraftKey = 'ipsecServerName' | 'localSubnet' | 'clientIpPool' | 'ikeLifetime' | 'localId' | 'remoteId' | 'ipsecLifetime' | 'typedPsk';

export function draftFromConfig(config: IpsecServerConfig): Draft {
	const {ikeConfig: ike, ipsecConfig: ipsec} = config;
	return {
		ipsecServerName: config.ipsecServerName,
		localSubnet: formatLocalSubnet(config.localSubnet),
		clientIpPool: config.clientIpPool,
		ikeVersion: ike.ikeVersion,
		ikeMode: ike.ikeMode,
		ikeEncAlg: ike.ikeEncAlg,
		ikeAuthAlg: ike.ikeAuthAlg,
		ikePfs: ike.ikePfs,
		ikeLifetime: String(ike.ikeLifetime),
		localId: ike.localId,
		remoteId: ike.remoteId,
		ipsecEncAlg: ipsec.ipsecEncAlg,
		ipsecAuthAlg: ipsec.ipsecAuthAlg,
		ipsecPfs: ipsec.ipsecPfs,
		ipsecLifetime: String(ipsec.ipsecLifetime),
		pskEnabled: config.pskEnabled,
		effectImmediately: config.effectImmediately,
		pskAction: 'keep',
		loadedPsk: config.psk,
		typedPsk: '',
		generatedPsk: '',
	};
}

/** The PSK the draft would send. */
export function pskOfDraft(draft: Draft): string {
	switch (draft.pskAction) {
		case 'keep': {
			return draft.loadedPsk;
		}

		case 'replace': {
			return draft.typedPsk;
		}

		case 'generate': {
			return draft.generatedPsk;
		}
	}
}

/** The configuration the draft describes, or the issues that stop the text from parsing. */
export function configFromDraft(draft: Draft): {config?: IpsecServerConfig; issues: FieldIssue[]} {
	return configFromDraftValues(draftValues(draft));
}

/**
 * The draft's configuration where it parses, the fallback's value where it does not: what the
 * advisories and cross-field checks look at while a text is still half typed.
 */
export function previewConfig(draft: Draft, fallback: IpsecServerConfig): IpsecServerConfig {
	return previewWithIssues(draft, fallback).preview;
}

/** previewConfig and the draft's parse issues from one pass (the issues do not depend on the fallback). */
export function previewWithIssues(draft: Draft, fallback: IpsecServerConfig): {preview: IpsecServerConfig; issues: FieldIssue[]} {
	const {config, issues} = configFromDraftValues(draftValues(draft), fallback);
	return {preview: config ?? fallback, issues};
}

function draftValues(draft: Draft): DraftValues {
	return {...draft, psk: pskOfDraft(draft), pskIsNew: draft.pskAction !== 'keep'};
}

/** True when leaving now would lose something the user typed or chose. */
export function isDraftDirty(draft: Draft, loaded: IpsecServerConfig): boolean {
	if (draft.pskAction !== 'keep') {
		return true;
	}

	const pristine = draftFromConfig(loaded);
	return (Object.keys(pristine) as Array<keyof Draft>).some(
		key => key !== 'loadedPsk' && key !== 'typedPsk' && key !== 'generatedPsk' && pristine[key] !== draft[key],
	);
}
