// `npm run bench`: how the wizard compares with the floor (node, a bare Ink app packaged the same
// way) and with its budgets. Prints a table, writes bench/results/latest.json. Never fails on
// timing: a figure over budget is reported, not thrown.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {bundleLikeCli, projectRoot} from './bundle-like-cli.js';
import {firstFrame, processCycle} from './first-frame.js';
import {renderTable, type Row} from './report.js';
import {round, summarize, type Summary} from './stats.js';
import {measureWizard, wizardFirstScreen, type WizardFigures} from './wizard-figures.js';

const runs = 10;
const cli = path.join(projectRoot, 'dist/cli.js');
const node = process.execPath;

async function baselines() {
	const outdir = mkdtempSync(path.join(tmpdir(), 'ipsec-wizard-bench-'));
	try {
		const bareInk = await bundleLikeCli('bench/fixtures/bare-ink.tsx', outdir, 'bare-ink');
		return {
			nodeStart: summarize(await processCycle(node, ['-e', '0'], runs)),
			bareInkFirstFrame: summarize(await firstFrame({command: node, args: [bareInk], text: 'Hello from bare Ink'}, runs)),
		};
	} finally {
		rmSync(outdir, {recursive: true, force: true});
	}
}

async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | {error: string}> {
	try {
		return await measure();
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		console.error(`bench: ${what} could not be measured: ${message}`);
		return {error: message};
	}
}

const isError = (value: unknown): value is {error: string} => typeof value === 'object' && value !== null && 'error' in value;

function rows(base: Awaited<ReturnType<typeof baselines>>, wizardStart: Summary | {error: string}, wizard: WizardFigures | {error: string}): Row[] {
	const note = (value: {error: string}) => `not measured: ${value.error.slice(0, 60)}`;
	const table: Row[] = [
		{metric: 'node -e 0, spawn to exit (median)', value: round(base.nodeStart.median), unit: 'ms'},
		{metric: 'bare Ink first frame (median)', value: round(base.bareInkFirstFrame.median), unit: 'ms'},
	];
	if (isError(wizardStart)) {
		table.push({metric: 'wizard first frame (median)', value: undefined, unit: 'ms', note: note(wizardStart)});
	} else {
		const limit = {label: '1.2× bare Ink', value: round(base.bareInkFirstFrame.median * 1.2)};
		table.push(
			{metric: 'wizard first frame (median)', value: round(wizardStart.median), unit: 'ms', limit},
			{metric: 'wizard first frame (min)', value: round(wizardStart.min), unit: 'ms', limit: {label: '1.2× bare min', value: round(base.bareInkFirstFrame.min * 1.2)}},
		);
	}

	if (isError(wizard)) {
		table.push({metric: 'wizard journey figures', value: undefined, unit: '', note: note(wizard)});
		return table;
	}

	return [...table, ...wizard.rows];
}

const base = await baselines();
const wizardStart = await attempt('wizard first frame', async () => summarize(await firstFrame({
	command: node,
	args: [cli, '--sandbox'],
	text: wizardFirstScreen,
}, runs)));
const wizard = await attempt('wizard journey figures', measureWizard);
const table = rows(base, wizardStart, wizard);
console.log(renderTable(table));
const resultsDir = path.join(projectRoot, 'bench/results');
mkdirSync(resultsDir, {recursive: true});
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify({
	measuredAt: new Date().toISOString(),
	node: process.version,
	baselines: base,
	wizardFirstFrame: wizardStart,
	wizard: isError(wizard) ? wizard : wizard.raw,
	table,
}, undefined, '\t')}\n`);
