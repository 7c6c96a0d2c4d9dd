// One IpsecServers[] entry of ListIpsecServers (vpc-api.md §2.2): IkeConfig and IpsecConfig are
// nested objects here (JSON strings only in UpdateIpsecServer's request). The settings are read
// as the field catalogue declares them: under their API names, each by its kind (a choice only
// as one of its values), with the catalogue's meaning for a field the answer leaves out.
import {z} from 'zod';
import {fieldCatalogue} from '../../domain/fields/field-catalogue.js';
import {apiGroups, type ApiGroup, type FieldEntry} from '../../domain/fields/field-entry.js';
import {entryOf, fieldsIn, topLevelFields} from '../../domain/fields/field-names.js';
import type {FieldValueOf, GroupConfig, TopLevelFieldName} from '../../domain/fields/field-types.js';
import type {FieldName, IpsecServer, IpsecServerConfig} from '../../domain/model.js';
import {apiBoolean, apiInteger, commaSeparatedList, optionalText} from './api-values.js';

type ApiNameOf<F extends FieldName> = (typeof fieldCatalogue)[F]['apiName'];
type AnswerShape<F extends FieldName> = {[K in F as ApiNameOf<K>]: z.ZodType<FieldValueOf<K>>};

const withDefault = <T>(schema: z.ZodType<T>, whenAbsent: T | undefined): z.ZodType<T> =>
	whenAbsent === undefined ? schema : schema.default(whenAbsent as z.util.NoUndefined<T>);

function answerValue(entry: FieldEntry): z.ZodType<FieldValueOf<FieldName>> {
	switch (entry.kind) {
		case 'choice': {
			return z.enum(entry.values);
		}

		case 'switch': {
			return withDefault(apiBoolean, entry.whenAbsent);
		}

		case 'seconds': {
			return withDefault(apiInteger, entry.whenAbsent);
		}

		case 'blocks': {
			return withDefault(commaSeparatedList, entry.whenAbsent);
		}

		case 'text':
		case 'secret': {
			return withDefault(z.string(), entry.whenAbsent);
		}
	}
}

/** The fields' schemas under their API names, in the catalogue's order. */
function answerShape<F extends FieldName>(fields: readonly F[]): AnswerShape<F> {
	// The mapped type says what Object.fromEntries cannot: each API name holds its own field's schema.
	return Object.fromEntries(fields.map(field => [entryOf(field).apiName, answerValue(entryOf(field))])) as AnswerShape<F>;
}

/** The fields under their camelCase names. */
function fromApiNames<F extends FieldName>(fields: readonly F[], api: Record<string, unknown>): {[K in F]: FieldValueOf<K>} {
	return Object.fromEntries(fields.map(field => [field, api[entryOf(field).apiName]])) as {[K in F]: FieldValueOf<K>};
}

const groupSchema = <G extends ApiGroup>(group: G) => {
	const fields = fieldsIn(group);
	return z.object(answerShape(fields)).transform((api): GroupConfig<G> => fromApiNames(fields, api));
};

export const ikeConfigSchema = groupSchema('IkeConfig');

export const ipsecConfigSchema = groupSchema('IpsecConfig');

const settingsShape: AnswerShape<TopLevelFieldName> = answerShape(topLevelFields);

export const ipsecServerSchema = z
	.object({
		IpsecServerId: z.string().min(1),
		RegionId: z.string().min(1),
		VpnGatewayId: z.string().min(1),
		ResourceGroupId: optionalText,
		InternetIp: z.string().default(''),
		...settingsShape,
		CreationTime: z.string().default(''),
		MultiFactorAuthEnabled: apiBoolean.default(false),
		IDaaSInstanceId: optionalText,
		MaxConnections: apiInteger.default(0),
		OnlineClientCount: apiInteger.default(0),
		IkeConfig: ikeConfigSchema,
		IpsecConfig: ipsecConfigSchema,
	})
	.transform((api): IpsecServer => {
		const config: IpsecServerConfig = {
			...fromApiNames(topLevelFields, api),
			[apiGroups.IkeConfig]: api.IkeConfig,
			[apiGroups.IpsecConfig]: api.IpsecConfig,
		};
		return {
			ipsecServerId: api.IpsecServerId,
			regionId: api.RegionId,
			vpnGatewayId: api.VpnGatewayId,
			...(api.ResourceGroupId === undefined ? {} : {resourceGroupId: api.ResourceGroupId}),
			internetIp: api.InternetIp,
			creationTime: api.CreationTime,
			multiFactorAuthEnabled: api.MultiFactorAuthEnabled,
			...(api.IDaaSInstanceId === undefined ? {} : {idaasInstanceId: api.IDaaSInstanceId}),
			maxConnections: api.MaxConnections,
			onlineClientCount: api.OnlineClientCount,
			...config,
		};
	});
