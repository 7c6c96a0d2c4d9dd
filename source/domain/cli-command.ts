// The plan as an `aliyun` CLI command, for people who want to see or replay the exact call.
// The pre-shared key is always shown as '<redacted>'.
import type {UpdatePlan} from './model.js';
import {updateParameters} from './update-parameters.js';

const redacted = '<redacted>';

/** POSIX shell quoting: plain words stay bare, anything else goes in single quotes. */
export function shellQuote(text: string): string {
	if (/^[\w@%+=:,./-]+$/.test(text)) {
		return text;
	}

	return `'${text.replaceAll('\'', '\'\\\'\'')}'`;
}

export function planToCliCommand(plan: UpdatePlan): string {
	const options: Array<[string, string | undefined]> = [
		['RegionId', plan.regionId],
		['IpsecServerId', plan.ipsecServerId],
		...updateParameters(plan.params).map(({name, text, secret}): [string, string] => [name, secret ? redacted : text]),
		['ClientToken', plan.clientToken],
	];
	const rendered = options.flatMap(([name, value]) => (value === undefined ? [] : [`--${name} ${shellQuote(value)}`]));
	return ['aliyun vpc UpdateIpsecServer', ...rendered].join(' ');
}
