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
 * The one file of the UI that reaches the services: the runner hook, which carries out the App's
 * commands through the wizard runner (source/engine/wizard-runner.ts) and hears the client's
 * retries and the clock. Every screen gets what it shows from the state.
 */
const reachesServices = new Set(['source/ui/flow/use-wizard-runner.ts']);

const callsAService = /useServices\(|newClientToken\(|randomBytes|clock\.now\(|retries\.|auditLog\.|connection\.api|\bapi\.\w+\(|watchUpdate\(|waitForActive\(|submitUpdate\(|runJourney\(|services\.\w+\.\w+\(/;

test('no component reaches a service: only the runner hook does', async t => {
	const offenders: string[] = [];
	for (const file of await sourceFiles(uiRoot)) {
		const name = relative(file);
		if (!reachesServices.has(name) && callsAService.test(await readFile(file, 'utf8'))) {
			offenders.push(name);
		}
	}

	t.deepEqual(offenders, []);
});
