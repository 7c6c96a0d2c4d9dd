// One pending update at a time (the API refuses concurrent changes of a gateway anyway), kept in
// pending-update.json in the config folder, replaced atomically.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';
import type {PendingUpdate} from './pending-update.js';

export type PendingUpdateStore = {
	readonly path: string;
	/** The unfinished update, or undefined (also when the file is unreadable or not ours). */
	read(): Promise<PendingUpdate | undefined>;
	record(update: PendingUpdate): Promise<void>;
	clear(): Promise<void>;
};

export function createPendingUpdateStore(configDirectory: string): PendingUpdateStore {
	const file = path.join(configDirectory, 'pending-update.json');
	return {
		path: file,
		async read() {
			try {
				const text = await readFile(file, 'utf8');
				const {pendingUpdateSchema} = await import('./pending-update-schema.js');
				const parsed = pendingUpdateSchema.safeParse(JSON.parse(text));
				return parsed.success ? (parsed.data as PendingUpdate) : undefined;
			} catch {
				return undefined;
			}
		},
		async record(update) {
			await writeFileAtomic(file, `${JSON.stringify(update, undefined, '\t')}\n`);
		},
		async clear() {
			await rm(file, {force: true});
		},
	};
}
