// What every client profile must match after the change, as label/value rows (PSK excluded: the
// summary shows it only on an explicit reveal).
import {describeValue, fieldInfo, negotiationFields} from '../../domain/index.js';
import type {IpsecServerConfig} from '../../domain/model.js';

export function clientSettings(config: IpsecServerConfig, gatewayInternetIp: string): Array<{label: string; value: string}> {
	return [
		{label: 'Gateway public IP', value: gatewayInternetIp},
		...negotiationFields.map(field => ({label: fieldInfo[field].label, value: describeValue(field, config) || '(empty)'})),
	];
}
