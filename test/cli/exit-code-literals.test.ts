// The exit codes are named once (source/cli/exit-codes.ts) and chosen from outcomes in one table
// (source/cli/outcome-table.ts): a number spelled as an exit code anywhere else is a second table.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';

const sourceRoot = path.resolve('source');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			return sourceFiles(full);
		}

		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

// Exit, terminate or exitCode given a number, or a ternary choosing between two numbers for one.
const literalExitCode = [
	/\bexit\(\s*\d/,
	/\bterminate\(\s*\d/,
	/\bexitCode\s*(?:=|\?\?)\s*\d/,
	/\bexit\([^)]*\?\s*\d+\s*:\s*\d+/,
];

const allowed = new Set(['cli/exit-codes.ts']);

test('no exit code is spelled as a number outside the exit-code table', t => {
	const offenders = sourceFiles(sourceRoot).flatMap(file => {
		const relative = path.relative(sourceRoot, file).split(path.sep).join('/');
		if (allowed.has(relative)) {
			return [];
		}

		return readFileSync(file, 'utf8')
			.split('\n')
			.flatMap((line, index) => (literalExitCode.some(pattern => pattern.test(line)) ? [`${relative}:${index + 1}: ${line.trim()}`] : []));
	});
	t.deepEqual(offenders, []);
});

test('the check finds a literal exit code (it can fail)', t => {
	t.true(literalExitCode.some(pattern => pattern.test('exitController.exit(1, lines);')));
	t.true(literalExitCode.some(pattern => pattern.test("exit(outcome.kind === 'active' ? 0 : 1, lines)")));
	t.true(literalExitCode.some(pattern => pattern.test('process.exitCode = 2;')));
	t.false(literalExitCode.some(pattern => pattern.test('exitController.exit(exitCodes.failed);')));
});
