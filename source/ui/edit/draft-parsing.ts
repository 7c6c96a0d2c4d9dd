// The draft's texts -> configuration values, one field at a time, using the domain's parsers and
// context-free validators. With a fallback, a text that does not parse keeps the fallback's value
// (its issue is still reported), so checks of the other fields can go on meanwhile.
import {
	parseIpv4Cidr,
	parseLifetime,
	parseLocalSubnet,
	validateClientIpPool,
	validateIpsecServerName,
	validateLifetime,
	validateLocalId,
	validateLocalSubnet,
	validatePsk,
	validateRemoteId,
	type FieldIssue,
} from '../../domain/index.js';
import type {Draft} from './draft.js';
import type {FieldName, IpsecServerConfig} from '../../domain/index.js';

export type DraftValues = Omit<Draft, 'pskAction' | 'loadedPsk' | 'typedPsk' | 'generatedPsk'> & {
	psk: string;
	/** The key is new (typed or generated) and must pass the key rules before it is sent. */
	pskIsNew: boolean;
};

const noContext = {vpcCidrBlocks: [], localSubnet: [], otherClientPools: []};

export function configFromDraftValues(
	values: DraftValues,
	fallback?: IpsecServerConfig,
): {config?: IpsecServerConfig; issues: FieldIssue[]} {
	const issues: FieldIssue[] = [];
	let usable = true;
	function parsed<T>(field: FieldName, message: string | undefined, value: () => T | undefined, fallbackValue: T | undefined): T {
		const result = message === undefined ? value() : undefined;
		if (result === undefined) {
			issues.push({field, message: message ?? 'This value cannot be used; check what was typed.'});
			usable = false;
			return fallbackValue as T;
		}

		return result;
	}

	const ike = fallback?.ikeConfig;
	const ipsec = fallback?.ipsecConfig;
	const config: IpsecServerConfig = {
		ipsecServerName: parsed('ipsecServerName', validateIpsecServerName(values.ipsecServerName), () => values.ipsecServerName, fallback?.ipsecServerName),
		localSubnet: parsed('localSubnet', validateLocalSubnet(values.localSubnet), () => parseLocalSubnet(values.localSubnet), fallback?.localSubnet),
		clientIpPool: parsed('clientIpPool', validateClientIpPool(values.clientIpPool, noContext), () => parseIpv4Cidr(values.clientIpPool.trim())?.cidr, fallback?.clientIpPool),
		effectImmediately: values.effectImmediately,
		ikeConfig: {
			ikeVersion: values.ikeVersion,
			ikeMode: values.ikeMode,
			ikeEncAlg: values.ikeEncAlg,
			ikeAuthAlg: values.ikeAuthAlg,
			ikePfs: values.ikePfs,
			ikeLifetime: parsed('ikeLifetime', validateLifetime(values.ikeLifetime), () => parseLifetime(values.ikeLifetime), ike?.ikeLifetime),
			localId: parsed('localId', validateLocalId(values.localId), () => values.localId, ike?.localId),
			remoteId: parsed('remoteId', validateRemoteId(values.remoteId), () => values.remoteId, ike?.remoteId),
		},
		ipsecConfig: {
			ipsecEncAlg: values.ipsecEncAlg,
			ipsecAuthAlg: values.ipsecAuthAlg,
			ipsecPfs: values.ipsecPfs,
			ipsecLifetime: parsed('ipsecLifetime', validateLifetime(values.ipsecLifetime), () => parseLifetime(values.ipsecLifetime), ipsec?.ipsecLifetime),
		},
		pskEnabled: values.pskEnabled,
		psk: parsed('psk', values.pskIsNew ? validatePsk(values.psk) : undefined, () => values.psk, fallback?.psk),
	};

	return usable || fallback ? {config, issues} : {issues};
}
