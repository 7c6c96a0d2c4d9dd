// The field catalogue's names as lists and lookups: the wizard's order, the API's spellings, the
// fields of each group and of each step.
import {fieldCatalogue} from './field-catalogue.js';
import {apiGroups, fieldSteps, type ApiGroup, type FieldEntry, type FieldKind, type FieldStepId, type TypedFieldKind} from './field-entry.js';
import type {FieldName, FieldsIn, FieldsOfKind, TopLevelFieldName, TypedFieldName} from './field-types.js';

/** A field's catalogue entry, seen through the general entry type. */
export const entryOf = (field: FieldName): FieldEntry => fieldCatalogue[field];

/** The entry of a field typed as text: its validator and parser. */
export type TypedEntry = Extract<FieldEntry, {kind: TypedFieldKind}>;
export const typedEntryOf = (field: TypedFieldName): TypedEntry => fieldCatalogue[field];

/** In the catalogue's order: the order of the UpdateIpsecServer request. */
export const requestOrder = Object.keys(fieldCatalogue) as readonly FieldName[];

const stepIndex = (field: FieldName): number => fieldSteps.indexOf(fieldCatalogue[field].step);

/** The names of every editable field, in the order the wizard asks for them (step by step). */
export const fieldNames: readonly FieldName[] = [...requestOrder].sort((a, b) => stepIndex(a) - stepIndex(b));

/** The API's spelling of each field, for messages and the CLI rendering. */
export const apiFieldNames = Object.fromEntries(requestOrder.map(field => [field, fieldCatalogue[field].apiName])) as Record<FieldName, string>;

const isIn = <G extends ApiGroup>(group: G) => (field: FieldName): field is FieldsIn<G> => entryOf(field).group === group;

/** The fields inside one of the request's JSON objects, in the API page's order. */
export const fieldsIn = <G extends ApiGroup>(group: G): ReadonlyArray<FieldsIn<G>> => requestOrder.filter(isIn(group));

/** The group a field lives in, if any. */
export const groupOf = (field: FieldName): ApiGroup | undefined => entryOf(field).group;

/** The camelCase key of a field's group inside a configuration. */
export const groupKeyOf = (group: ApiGroup): (typeof apiGroups)[ApiGroup] => apiGroups[group];

const isTopLevel = (field: FieldName): field is TopLevelFieldName => entryOf(field).group === undefined;

/** The fields that are parameters of their own, in the request's order. */
export const topLevelFields: readonly TopLevelFieldName[] = requestOrder.filter(isTopLevel);

/** UpdateIpsecServer's parameters in the request's order: a field of its own, or a group sent whole. */
export type RequestParameter = {field: TopLevelFieldName} | {group: ApiGroup};
export const requestParameters: readonly RequestParameter[] = requestOrder.flatMap((field, index): RequestParameter[] => {
	if (isTopLevel(field)) {
		return [{field}];
	}

	// A group comes once, where its first field is.
	const group = groupOf(field);
	return group && requestOrder.findIndex(other => groupOf(other) === group) === index ? [{group}] : [];
});

/** Where a parameter's value sits in a configuration (and in UpdateIpsecServerParams). */
export const parameterKey = (parameter: RequestParameter): TopLevelFieldName | (typeof apiGroups)[ApiGroup] =>
	'group' in parameter ? apiGroups[parameter.group] : parameter.field;

/** The fields of the given kinds, in the wizard's order. */
export const fieldsOfKind = <K extends FieldKind>(...kinds: K[]): ReadonlyArray<FieldsOfKind<K>> =>
	fieldNames.filter((field): field is FieldsOfKind<K> => (kinds as readonly FieldKind[]).includes(entryOf(field).kind));

/** The fields typed as text, in the wizard's order. */
export const typedFields: readonly TypedFieldName[] = fieldsOfKind('text', 'secret', 'seconds', 'blocks');

/** The fields an edit step asks for, in the wizard's order. */
export const fieldsOfStep = (step: FieldStepId): readonly FieldName[] => fieldNames.filter(field => entryOf(field).step === step);

/** The values a choice field takes, as the API spells them; undefined for any other field. */
export function choicesOf(field: FieldName): readonly string[] | undefined {
	const entry = entryOf(field);
	return entry.kind === 'choice' ? entry.values : undefined;
}

/** IpsecServerName, IkeConfig.IkeVersion, IpsecConfig.IpsecLifetime, …: a field's key in the runbook commands. */
export function apiKey(field: FieldName): string {
	const {group, apiName} = entryOf(field);
	return group ? `${group}.${apiName}` : apiName;
}
