// What every client profile must match after the change, as label/value rows (PSK excluded: the
// summary shows it only on an explicit reveal).
import {describeValue, fieldInfo} from '../../domain/index.js';
import type {FieldName, IpsecServerConfig} from '../../domain/model.js';

const clientFields: FieldName[] = [
	'ikeVersion',
	'ikeMode',
	'ikeEncAlg',
	'ikeAuthAlg',
	'ikePfs',
	'ikeLifetime',
	'localId',
	'remoteId',
	'ipsecEncAlg',
	'ipsecAuthAlg',
	'ipsecPfs',
	'ipsecLifetime',
];

export function clientSettings(config: IpsecServerConfig, gatewayInternetIp: string): Array<{label: string; value: string}> {
	return [
		{label: 'Gateway public IP', value: gatewayInternetIp},
		...clientFields.map(field => ({label: fieldInfo[field].label, value: describeValue(field, config) || '(empty)'})),
	];
}
