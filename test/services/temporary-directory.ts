import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';

/** A fresh folder removed after the test. */
export async function temporaryDirectory(t: ExecutionContext): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-test-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	return directory;
}
