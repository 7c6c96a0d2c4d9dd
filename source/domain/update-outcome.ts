// What an update whose answer never arrived did, judged from the server as re-read: every field
// the plan changes holds the plan's value (applied), every one still holds the value it had
// before (not applied), or a mix or something else (partly: the fields are named). Pure; the
// caller re-reads the server, after the gateway is active again.
import {describeValue, fieldInfo} from './field-info.js';
import type {FieldName, IpsecServer, IpsecServerConfig, UpdatePlan} from './model.js';
import {configFromServer} from './server-config.js';
import {holdsPlanned, plannedFields, sameFieldValue, type KeyCheck} from './verification.js';

export type FieldOutcome = {field: FieldName; label: string; outcome: 'applied' | 'old' | 'other'; expected: string; actual: string};

export type UpdateOutcome =
	| {kind: 'applied'}
	| {kind: 'not-applied'}
	| {kind: 'partly'; fields: FieldOutcome[]};

export type OutcomeInputs = {
	plan: UpdatePlan;
	/** The configuration the plan leads to (its PSK ignored when `keyCheck` is given). */
	expected: IpsecServerConfig;
	/** The configuration before the update, PSK optional (a re-attach never kept the old key). */
	before: Omit<IpsecServerConfig, 'psk'> & {psk?: string};
	keyCheck?: KeyCheck;
};

export function classifyOutcome({plan, expected, before, keyCheck}: OutcomeInputs, reread: IpsecServer): UpdateOutcome {
	const actual = configFromServer(reread);
	const previous: IpsecServerConfig = {...before, psk: before.psk ?? ''};
	// Fields the plan sends with their current value (the rest of a Phase 1 block) say nothing.
	const changing = plannedFields(plan, keyCheck).filter(
		field => (field === 'psk' ? keyCheck !== undefined || expected.psk !== before.psk : !sameFieldValue(field, expected, previous)),
	);
	const fields = changing.map((field): FieldOutcome => {
		const applied = holdsPlanned(field, expected, actual, keyCheck);
		// Without the old key a key that is not the planned one can only be "not the new one".
		const old = !applied && (field === 'psk' ? before.psk === undefined || actual.psk === before.psk : sameFieldValue(field, previous, actual));
		return {
			field,
			label: fieldInfo[field].label,
			outcome: applied ? 'applied' : old ? 'old' : 'other',
			expected: field === 'psk' ? 'the new key' : describeValue(field, expected),
			actual: field === 'psk' ? (applied ? 'the new key' : 'not the new key') : describeValue(field, actual),
		};
	});
	if (fields.every(field => field.outcome === 'applied')) {
		return {kind: 'applied'};
	}

	if (fields.every(field => field.outcome === 'old')) {
		return {kind: 'not-applied'};
	}

	return {kind: 'partly', fields};
}

/** The fields of a partial outcome, one short phrase each, for the screen and the audit line. */
export function partlyLines(fields: FieldOutcome[]): string[] {
	return fields.map(field =>
		field.outcome === 'applied'
			? `${field.label}: applied (${field.expected})`
			: field.outcome === 'old'
				? `${field.label}: not applied (still ${field.actual})`
				: `${field.label}: expected ${field.expected}, the server has ${field.actual}`,
	);
}
