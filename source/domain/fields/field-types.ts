// The configuration's types, read off the field catalogue: a field's value type follows from its
// kind (a choice holds one of its values), and each field sits at the top level or inside the
// group the catalogue puts it in.
import type {fieldCatalogue} from './field-catalogue.js';
import type {ApiGroup, FieldKind, KindValue, TypedFieldKind, apiGroups} from './field-entry.js';

type Catalogue = typeof fieldCatalogue;

export type FieldName = keyof Catalogue;

export type FieldKindOf<F extends FieldName> = Catalogue[F]['kind'];

/** The fields of one kind (or several). */
export type FieldsOfKind<K extends FieldKind> = {[F in FieldName]: FieldKindOf<F> extends K ? F : never}[FieldName];

/** The fields typed as text; the rest are chosen from a list. */
export type TypedFieldName = FieldsOfKind<TypedFieldKind>;

export type FieldValueOf<F extends FieldName> = Catalogue[F] extends {kind: 'choice'; values: ReadonlyArray<infer V>}
	? V
	: KindValue[FieldKindOf<F>];

/** The fields inside one of the request's JSON objects. */
export type FieldsIn<G extends ApiGroup> = {[F in FieldName]: Catalogue[F] extends {group: G} ? F : never}[FieldName];

/** The fields that are parameters of their own. */
export type TopLevelFieldName = {[F in FieldName]: Catalogue[F] extends {group: ApiGroup} ? never : F}[FieldName];

export type GroupConfig<G extends ApiGroup> = {[F in FieldsIn<G>]: FieldValueOf<F>};

type GroupKey = (typeof apiGroups)[ApiGroup];
type GroupOfKey<K extends GroupKey> = {[G in ApiGroup]: (typeof apiGroups)[G] extends K ? G : never}[ApiGroup];

/** Everything UpdateIpsecServer can change: the top-level fields, and each group as an object. */
export type ConfigOfCatalogue = Flat<{[F in TopLevelFieldName]: FieldValueOf<F>} & {[K in GroupKey]: GroupConfig<GroupOfKey<K>>}>;

type Flat<T> = {[K in keyof T]: T[K]};

/** Every field's value, side by side (no nesting). */
export type FieldValues = {[F in FieldName]: FieldValueOf<F>};

/** The fields UpdateIpsecServer's page gives a default for. */
export type FieldsWithDefault = {[F in FieldName]: Catalogue[F] extends {byDefault: unknown} ? F : never}[FieldName];

/** A group's documented defaults (LocalId has none: it is the gateway's own address). */
export type GroupDefaults<G extends ApiGroup> = Pick<GroupConfig<G>, FieldsIn<G> & FieldsWithDefault>;
