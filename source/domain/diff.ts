// What an edit changes, and what that means for the tunnels, in words for the review screen.
import {describeValue, fieldInfo} from './field-info.js';
import {fieldValue, negotiationFields, sameValue} from './field-values.js';
import {entryOf} from './fields/field-names.js';
import {fieldNames} from './model.js';
import type {FieldName, IpsecServerConfig, ServerContext} from './model.js';

export type FieldChange = {field: FieldName; label: string; before: string; after: string};

export type ConfigDiff = {
	changes: FieldChange[];
	isEmpty: boolean;
	/** Only the name changed: the service applies it at once. */
	synchronous: boolean;
	renegotiation: 'none' | 'immediately' | 'on-next-traffic';
	/** Online clients dropped when the change is applied (immediate renegotiation only). */
	affectedClients: number;
	summary: string[];
};

function describeChange(field: FieldName, loaded: IpsecServerConfig, edited: IpsecServerConfig): FieldChange {
	const {label} = fieldInfo[field];
	// Neither the old nor the new key is ever shown, only that it changed.
	return field === 'psk'
		? {field, label, before: 'hidden', after: 'changed'}
		: {field, label, before: describeValue(field, loaded), after: describeValue(field, edited)};
}

// Lifetimes are negotiated between the two ends; every other Phase 1/2 setting must be the same
// in the client's profile.
const clientMustMatch: FieldName[] = negotiationFields.filter(field => entryOf(field).kind !== 'seconds');

function plural(count: number, one: string, many: string): string {
	return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

function consequences(changed: Set<FieldName>, renegotiation: ConfigDiff['renegotiation'], affectedClients: number): string[] {
	const sentences: string[] = [];
	if (renegotiation === 'immediately') {
		sentences.push(affectedClients > 0
			? `Tunnels are torn down and renegotiated as soon as the change is applied: ${plural(affectedClients, 'online client is', 'online clients are')} disconnected and must reconnect.`
			: 'Tunnels are renegotiated as soon as the change is applied; no client is online right now.');
	} else if (renegotiation === 'on-next-traffic') {
		sentences.push('Connected clients are not dropped now; the new settings are used when traffic next starts a negotiation.');
	}

	if (changed.has('psk')) {
		sentences.push('Every client must be given the new pre-shared key, or it can no longer connect.');
	}

	if (clientMustMatch.some(field => changed.has(field))) {
		sentences.push('Client profiles must use the same IKE and IPsec settings, or negotiation fails.');
	}

	if (changed.has('clientIpPool')) {
		sentences.push('Clients receive addresses from the new pool when they next connect.');
	}

	return sentences;
}

export function diffConfig(loaded: IpsecServerConfig, edited: IpsecServerConfig, context: ServerContext): ConfigDiff {
	const changed = fieldNames.filter(field => !sameValue(fieldValue(field, loaded), fieldValue(field, edited)));
	const changes = changed.map(field => describeChange(field, loaded, edited));
	const isEmpty = changes.length === 0;
	const synchronous = changed.length === 1 && changed[0] === 'ipsecServerName';

	if (isEmpty || synchronous) {
		return {
			changes,
			isEmpty,
			synchronous,
			renegotiation: 'none',
			affectedClients: 0,
			summary: [isEmpty ? 'Nothing has changed, so there is nothing to send.' : 'Only the name changes: it is applied at once and no tunnel is touched.'],
		};
	}

	const renegotiation = edited.effectImmediately ? 'immediately' : 'on-next-traffic';
	const affectedClients = renegotiation === 'immediately' ? context.onlineClientCount : 0;
	return {
		changes,
		isEmpty,
		synchronous,
		renegotiation,
		affectedClients,
		summary: [
			'The gateway shows \'updating\' while the change is applied and accepts no other change until it is \'active\' again.',
			...consequences(new Set(changed), renegotiation, affectedClients),
		],
	};
}
