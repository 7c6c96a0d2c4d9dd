// Stores are replaced, never edited in place: a signal or a full disk mid-write leaves either the
// old file or the new one, never half of each.
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {nodeCrypto} from './node-crypto.js';

export async function writeFileAtomic(file: string, data: string): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	const temporary = `${file}.${process.pid}.${nodeCrypto().randomUUID().slice(0, 8)}.tmp`;
	try {
		await writeFile(temporary, data, {mode: 0o600, flush: true});
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}
