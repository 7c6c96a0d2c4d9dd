// Writing client profiles: a folder only its owner can enter (0700) and files only its owner can
// read (0600), since they may hold the pre-shared key. Each file is replaced whole (atomic-write.ts).
import {chmod, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {clientProfileDirectory} from '../domain/client-profiles/profile-directory.js';
import {writeFileAtomic} from './atomic-write.js';

export type ClientProfileFiles = {
	/** What a relative folder is relative to (clientProfileDirectory names the default one in it). */
	workingDirectory: string;
	/** Where the wizard writes one server's profiles when no folder is given. */
	directoryFor(ipsecServerId: string): string;
	/** Writes the files and returns their paths, in order. */
	write(directory: string, files: ReadonlyArray<{fileName: string; content: string}>): Promise<string[]>;
};

export function createClientProfileFiles(workingDirectory: string): ClientProfileFiles {
	return {
		workingDirectory,
		directoryFor: ipsecServerId => clientProfileDirectory(workingDirectory, ipsecServerId),
		async write(directory, files) {
			const absolute = path.resolve(workingDirectory, directory);
			// A folder we make is 0700 whatever the umask; one that exists (the user's own) keeps its mode.
			const created = await mkdir(absolute, {recursive: true, mode: 0o700});
			if (created !== undefined) {
				await chmod(absolute, 0o700);
			}

			const written: string[] = [];
			for (const file of files) {
				const target = path.join(absolute, file.fileName);
				await writeFileAtomic(target, file.content);
				await chmod(target, 0o600);
				written.push(target);
			}

			return written;
		},
	};
}
