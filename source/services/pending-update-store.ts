// One pending update per server, each in its own file under pending-updates/ in the config folder,
// replaced atomically: two wizards on one HOME changing two servers each keep their record, and
// every unverified one is offered at the next launch. A record from an older version (the single
// pending-update.json) is still read, and cleared with its server.
import {mkdir, readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {writeFileAtomic} from './atomic-write.js';
import type {PendingUpdate} from './pending-update.js';

export type PendingUpdateStore = {
	/** The folder holding the records. */
	readonly path: string;
	/** Every unfinished update, newest first (unreadable files and files not ours are skipped). */
	list(): Promise<PendingUpdate[]>;
	/** The newest unfinished update, or undefined. */
	read(): Promise<PendingUpdate | undefined>;
	/** Replaces the record of the update's server (one per server). */
	record(update: PendingUpdate): Promise<void>;
	/** Drops the record of this server; without one, every record. */
	clear(ipsecServerId?: string): Promise<void>;
};

/** A server ID as a file name: IDs are letters, digits and dashes; anything else is escaped. */
const fileNameOf = (ipsecServerId: string): string => `${encodeURIComponent(ipsecServerId).replaceAll('.', '%2E')}.json`;

export function createPendingUpdateStore(configDirectory: string): PendingUpdateStore {
	const folder = path.join(configDirectory, 'pending-updates');
	const legacy = path.join(configDirectory, 'pending-update.json');
	const readRecord = async (file: string): Promise<PendingUpdate | undefined> => {
		try {
			const text = await readFile(file, 'utf8');
			const {pendingUpdateSchema} = await import('./pending-update-schema.js');
			const parsed = pendingUpdateSchema.safeParse(JSON.parse(text));
			return parsed.success ? (parsed.data as PendingUpdate) : undefined;
		} catch {
			return undefined;
		}
	};

	const files = async (): Promise<string[]> => {
		const names = await readdir(folder).catch(() => [] as string[]);
		return [...names.filter(name => name.endsWith('.json')).map(name => path.join(folder, name)), legacy];
	};

	const list = async (): Promise<PendingUpdate[]> => {
		const records = (await Promise.all((await files()).map(readRecord))).filter((record): record is PendingUpdate => record !== undefined);
		// The legacy file may name a server that also has a newer record of its own.
		const newest = new Map<string, PendingUpdate>();
		for (const record of records.sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))) {
			if (!newest.has(record.ipsecServerId)) {
				newest.set(record.ipsecServerId, record);
			}
		}

		return [...newest.values()];
	};

	return {
		path: folder,
		list,
		async read() {
			return (await list())[0];
		},
		async record(update) {
			await mkdir(folder, {recursive: true, mode: 0o700});
			await writeFileAtomic(path.join(folder, fileNameOf(update.ipsecServerId)), `${JSON.stringify(update, undefined, '\t')}\n`);
		},
		async clear(ipsecServerId) {
			if (ipsecServerId === undefined) {
				await Promise.all((await files()).map(async file => rm(file, {force: true})));
				return;
			}

			await rm(path.join(folder, fileNameOf(ipsecServerId)), {force: true});
			if ((await readRecord(legacy))?.ipsecServerId === ipsecServerId) {
				await rm(legacy, {force: true});
			}
		},
	};
}
