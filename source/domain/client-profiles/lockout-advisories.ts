// A change that takes away a kind of client that could connect before: said on the review, beside
// the other advisories. Only yes → no counts; "unknown" never warns (nothing is known to break).
import type {Advisory} from '../advisories.js';
import type {IpsecServerConfig} from '../model.js';
import {clientKindLabels} from './client-kinds.js';
import {clientCompatibility} from './compatibility.js';

export function lockoutAdvisories(before: IpsecServerConfig, after: IpsecServerConfig): Advisory[] {
	const could = new Set(clientCompatibility(before).filter(entry => entry.verdict === 'yes').map(entry => entry.kind));
	return clientCompatibility(after)
		.filter(entry => entry.verdict === 'no' && could.has(entry.kind))
		.map(entry => ({
			field: entry.field ?? 'ikeVersion',
			kind: 'lock-out' as const,
			message: `after this change ${clientKindLabels[entry.kind]} clients can no longer connect: ${entry.reason}.`,
		}));
}
