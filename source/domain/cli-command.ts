// The plan as an `aliyun` CLI command, for people who want to see or replay the exact call.
// The pre-shared key is always shown as '<redacted>'.
import {formatLocalSubnet} from './field-parsing.js';
import {ikeFields, ipsecFields} from './field-values.js';
import {apiFieldNames} from './model.js';
import type {IkeConfig, IpsecConfig, UpdatePlan} from './model.js';

const redacted = '<redacted>';

/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(text: string): string {
	if (/^[\w@%+=:,./-]+$/.test(text)) {
		return text;
	}

	return `'${text.replaceAll('\'', '\'\\\'\'')}'`;
}

/** The API's JSON string for a config object: PascalCase keys in the documented order. */
function apiJson<T extends IkeConfig | IpsecConfig>(config: T, fields: ReadonlyArray<keyof T & keyof typeof apiFieldNames>): string {
	return JSON.stringify(Object.fromEntries(fields.map(field => [apiFieldNames[field], config[field]])));
}

export function planToCliCommand(plan: UpdatePlan): string {
	const {params} = plan;
	const options: Array<[string, string | undefined]> = [
		['RegionId', plan.regionId],
		['IpsecServerId', plan.ipsecServerId],
		['IpsecServerName', params.ipsecServerName],
		['LocalSubnet', params.localSubnet && formatLocalSubnet(params.localSubnet)],
		['ClientIpPool', params.clientIpPool],
		['EffectImmediately', params.effectImmediately?.toString()],
		['IkeConfig', params.ikeConfig && apiJson(params.ikeConfig, ikeFields)],
		['IpsecConfig', params.ipsecConfig && apiJson(params.ipsecConfig, ipsecFields)],
		['PskEnabled', params.pskEnabled?.toString()],
		['Psk', params.psk === undefined ? undefined : redacted],
		['ClientToken', plan.clientToken],
	];
	const rendered = options.flatMap(([name, value]) => (value === undefined ? [] : [`--${name} ${shellQuote(value)}`]));
	return ['aliyun vpc UpdateIpsecServer', ...rendered].join(' ');
}
