// audit.jsonl in the config folder: one JSON line before an update is sent (`sending`), one for its
// answer and one per verdict. Each line is one append call, so a killed process leaves whole lines
// only. A line that cannot be written is remembered as a sentence (problem()), so the screens and
// the final lines can say so: the change itself is not undone by it. Changes come from the domain diff, which
// already says 'hidden'/'changed' for the PSK; redactChanges makes sure of it anyway.
import {appendFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {FieldChange} from '../domain/index.js';
import {fileProblemReason} from './file-problem.js';

/**
 * `sending`: written before the request leaves; `submitted`: the service accepted it; `failed`:
 * refused (nothing applied); `unknown`: no answer, the outcome is to be read from the server;
 * `verified` / `not-applied` / `mismatch` (partly or otherwise): what the re-read server has.
 */
export type AuditVerdict = 'sending' | 'submitted' | 'failed' | 'unknown' | 'verified' | 'not-applied' | 'mismatch' | 'timeout' | 'left-early';

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
	/** Rejects when the line could not be written (and problem() then says why). */
	append(entry: AuditEntry): Promise<void>;
	/** The first failed write of this run as one sentence, or undefined. */
	problem(): string | undefined;
	/** Resolves once every line appended so far is on disk or has failed: the program waits for it before it ends. */
	settled(): Promise<void>;
};

export const redactChanges = (changes: FieldChange[]): FieldChange[] =>
	changes.map(change => (change.field === 'psk' ? {...change, before: 'hidden', after: 'changed'} : change));

export function createAuditLog(configDirectory: string): AuditLog {
	const file = path.join(configDirectory, 'audit.jsonl');
	let problem: string | undefined;
	// A verdict line is written while the screen moves on; a quick Enter must not end the process
	// before the line is on disk.
	const inFlight = new Set<Promise<void>>();
	const write = async (entry: AuditEntry) => {
		try {
			await mkdir(configDirectory, {recursive: true, mode: 0o700});
			const line = `${JSON.stringify({...entry, changes: redactChanges(entry.changes)})}\n`;
			await appendFile(file, line, {mode: 0o600});
		} catch (error) {
			problem ??= `The audit log ${file} could not be written: ${fileProblemReason(error)}; the change itself is not undone.`;
			throw error;
		}
	};

	return {
		path: file,
		async append(entry) {
			const writing = write(entry);
			const tracked = writing.then(
				() => undefined,
				() => undefined,
			);
			inFlight.add(tracked);
			void tracked.finally(() => inFlight.delete(tracked));
			return writing;
		},
		problem: () => problem,
		async settled() {
			await Promise.all(inFlight);
		},
	};
}
