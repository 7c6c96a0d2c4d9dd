// audit.jsonl in the config folder: one JSON line per submit and per verdict. Each line is one
// append call, so a killed process leaves whole lines only. Changes come from the domain diff, which
// already says 'hidden'/'changed' for the PSK; redactChanges makes sure of it anyway.
import {appendFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {FieldChange} from '../domain/index.js';

export type AuditVerdict = 'submitted' | 'failed' | 'verified' | 'mismatch' | 'timeout' | 'left-early';

export type AuditEntry = {
	time: string;
	regionId: string;
	ipsecServerId: string;
	vpnGatewayId: string;
	changes: FieldChange[];
	requestIds: string[];
	verdict: AuditVerdict;
	/** One sentence: the error, or which field differs. */
	detail?: string;
};

export type AuditLog = {
	readonly path: string;
	append(entry: AuditEntry): Promise<void>;
};

export const redactChanges = (changes: FieldChange[]): FieldChange[] =>
	changes.map(change => (change.field === 'psk' ? {...change, before: 'hidden', after: 'changed'} : change));

export function createAuditLog(configDirectory: string): AuditLog {
	const file = path.join(configDirectory, 'audit.jsonl');
	return {
		path: file,
		async append(entry) {
			await mkdir(configDirectory, {recursive: true, mode: 0o700});
			const line = `${JSON.stringify({...entry, changes: redactChanges(entry.changes)})}\n`;
			await appendFile(file, line, {mode: 0o600});
		},
	};
}
