// What the field catalogue says about one field, and the vocabulary it says it in.
import type {ClientIpPoolContext} from '../client-ip-pool-validation.js';

/** The edit steps that ask for fields, in the order the wizard goes through them. */
export const fieldSteps = ['basics', 'ike', 'ipsec', 'auth', 'apply'] as const;
export type FieldStepId = (typeof fieldSteps)[number];

/** The request's JSON objects a field may live in, and the camelCase key each has inside the program. */
export const apiGroups = {IkeConfig: 'ikeConfig', IpsecConfig: 'ipsecConfig'} as const;
export type ApiGroup = keyof typeof apiGroups;

/**
 * How a field's value is held: text (a string), secret (a string never shown), seconds (a whole
 * number), blocks (a list of CIDR blocks), switch (on or off), choice (one of a fixed list).
 * The first four are typed; the last two are chosen from a list.
 */
export type FieldKind = 'text' | 'secret' | 'seconds' | 'blocks' | 'switch' | 'choice';

/** The value each kind holds (a choice holds one of its values). */
export type KindValue = {text: string; secret: string; seconds: number; blocks: string[]; switch: boolean; choice: string};

/** What a validator may look at besides the text: the surroundings a client pool must stay clear of. */
export type FieldSurroundings = ClientIpPoolContext;

/** Nothing around: the context-free check (the draft's and the runbook's). */
export const noSurroundings: FieldSurroundings = {vpcCidrBlocks: [], localSubnet: [], otherClientPools: []};

/** Undefined when the text is acceptable, else one sentence: what is wrong, what is allowed. */
export type Validator = (text: string, surroundings: FieldSurroundings) => string | undefined;

/** One option of a switch: its line in the choice list and its short form in a row. */
export type SwitchWording = {label: string; short: string};

type EntryBase = {
	/** The name as the API spells it (inside `group` when there is one). */
	apiName: string;
	group?: ApiGroup;
	step: FieldStepId;
	label: string;
	/** One line of guidance: 76 characters at most, to fit an 80-column screen in its frame. */
	help: string;
	example: string;
};

type TypedKind<K extends 'text' | 'secret' | 'seconds' | 'blocks'> = {
	kind: K;
	validate: Validator;
	/** The value of a text its validator accepts (undefined when it has none). */
	parse(text: string): KindValue[K] | undefined;
	/** What an answer of ListIpsecServers that leaves the field out means; required when absent. */
	whenAbsent?: KindValue[K];
	/** The value UpdateIpsecServer's page gives as the default, where it gives one. */
	byDefault?: KindValue[K];
};

export type FieldEntry = EntryBase & (
	| TypedKind<'text'>
	| TypedKind<'secret'>
	| TypedKind<'seconds'>
	| TypedKind<'blocks'>
	| {kind: 'switch'; on: SwitchWording; off: SwitchWording; whenAbsent?: boolean; byDefault?: boolean}
	| {kind: 'choice'; values: readonly [string, ...string[]]; byDefault: string}
);

/** The kinds typed as text (the others are chosen from a list). */
export type TypedFieldKind = 'text' | 'secret' | 'seconds' | 'blocks';
