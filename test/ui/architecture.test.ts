// The wizard's rules of shape, checked on its source so they cannot come back unnoticed: no view
// chooses an exit code (the outcome table does), and only the files listed below reach a service.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';

const uiRoot = path.resolve('source/ui');

async function sourceFiles(directory: string): Promise<string[]> {
	const entries = await readdir(directory, {withFileTypes: true});
	const nested = await Promise.all(
		entries.map(async entry => {
			const full = path.join(directory, entry.name);
			return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
		}),
	);
	return nested.flat();
}

const relative = (file: string) => path.relative(path.resolve('.'), file).split(path.sep).join('/');

test('no exit code is written in the UI: every way out is an Outcome through the outcome table', async t => {
	const offenders: string[] = [];
	for (const file of await sourceFiles(uiRoot)) {
		const text = await readFile(file, 'utf8');
		for (const [index, line] of text.split('\n').entries()) {
			if (/\bexit\(\s*\d/.test(line) || /process\.exit/.test(line) || /exitCode\s*=/.test(line)) {
				offenders.push(`${relative(file)}:${index + 1}: ${line.trim()}`);
			}
		}
	}

	t.deepEqual(offenders, []);
});

/**
 * The files that reach a service themselves (useServices(), an api call, watching the gateway),
 * each for the reason given; every load and record is the runner's (source/engine/wizard-runner.ts).
 */
const stillCallingServices = new Set([
	// The provider, and the one runner hook (it takes the services as the App's prop).
	'source/ui/flow/services-context.tsx',
	'source/ui/flow/use-wizard-runner.ts',
	// The edit flow's randomness (a new ClientToken, a generated key) comes from the services.
	'source/ui/flow/send-update-phases.tsx',
]);

const callsAService = /useServices\(|connection\.api|\bapi\.\w+\(|watchUpdate\(|waitForActive\(|submitUpdate\(|runJourney\(|services\.\w+\.\w+\(/;

test('no component reaches a service beyond the ones still listed as moving onto the runner', async t => {
	const offenders: string[] = [];
	for (const file of await sourceFiles(uiRoot)) {
		const name = relative(file);
		if (!stillCallingServices.has(name) && callsAService.test(await readFile(file, 'utf8'))) {
			offenders.push(name);
		}
	}

	t.deepEqual(offenders, []);
});
