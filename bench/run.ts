// `npm run bench`: how the wizard compares with the floor (node; bare Ink apps packaged the same
// way: one that starts, one text field that is typed into) and with its budgets. Prints a table, writes bench/results/latest.json. Never fails on
// timing: a figure over budget is reported, not thrown.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {bundleLikeCli, projectRoot} from './bundle-like-cli.js';
import {firstFramesInTurn, processCycle} from './first-frame.js';
import {renderTable, type Row} from './report.js';
import {round, summarize} from './stats.js';
import {measureWizard, wizardFirstScreen, type WizardFigures} from './wizard-figures.js';

const runs = 10;
const cli = path.join(projectRoot, 'dist/cli.js');
const node = process.execPath;

/** The baselines, bundled exactly as the CLI is, into a directory that lives as long as the run. */
async function bundleBaselines(outdir: string) {
	return {
		bareInk: await bundleLikeCli('bench/fixtures/bare-ink.tsx', path.join(outdir, 'bare-ink'), 'bare-ink'),
		bareTextField: await bundleLikeCli('bench/fixtures/bare-ink-text-field.tsx', path.join(outdir, 'text-field'), 'bare-ink-text-field'),
	};
}

/** The floors and the wizard's own first frame, measured in turn with the bare Ink app. */
async function startUp(bareInk: string) {
	const nodeStart = summarize(await processCycle(node, ['-e', '0'], runs));
	const [bare, wizard] = await firstFramesInTurn(
		[
			{command: node, args: [bareInk], text: 'Hello from bare Ink'},
			{command: node, args: [cli, '--sandbox'], text: wizardFirstScreen},
		],
		runs,
	);
	// Each wizard start over the bare start just before it: the pairs share the machine's mood.
	const pairRatios = wizard!.map((ms, index) => ms / bare![index]!);
	return {nodeStart, bareInkFirstFrame: summarize(bare!), wizardFirstFrame: summarize(wizard!), pairRatio: summarize(pairRatios)};
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

type StartUp = Awaited<ReturnType<typeof startUp>>;

function rows(start: StartUp, wizard: WizardFigures | {error: string}): Row[] {
	const note = (value: {error: string}) => `not measured: ${value.error.slice(0, 60)}`;
	const table: Row[] = [
		{metric: 'node -e 0, spawn to exit (median)', value: round(start.nodeStart.median), unit: 'ms'},
		{metric: 'bare Ink first frame (median)', value: round(start.bareInkFirstFrame.median), unit: 'ms'},
		{
			metric: 'wizard first frame (median)',
			value: round(start.wizardFirstFrame.median),
			unit: 'ms',
			limit: {label: '1.2× bare Ink', value: round(start.bareInkFirstFrame.median * 1.2)},
		},
		{
			metric: 'wizard first frame (min)',
			value: round(start.wizardFirstFrame.min),
			unit: 'ms',
			limit: {label: '1.2× bare min', value: round(start.bareInkFirstFrame.min * 1.2)},
		},
		{metric: `wizard ÷ bare Ink, start by start (median of ${runs})`, value: round(start.pairRatio.median, 2), unit: '×', limit: {label: 'budget', value: 1.2}},
	];
	if (isError(wizard)) {
		table.push({metric: 'wizard journey figures', value: undefined, unit: '', note: note(wizard)});
		return table;
	}

	return [...table, ...wizard.rows];
}

const outdir = mkdtempSync(path.join(tmpdir(), 'ipsec-wizard-bench-'));
let start: StartUp;
let wizard: WizardFigures | {error: string};
try {
	const baselines = await bundleBaselines(outdir);
	start = await startUp(baselines.bareInk);
	wizard = await attempt('wizard journey figures', async () => measureWizard({bareTextField: baselines.bareTextField}));
} finally {
	rmSync(outdir, {recursive: true, force: true});
}

const table = rows(start, wizard);
console.log(renderTable(table));
const resultsDir = path.join(projectRoot, 'bench/results');
mkdirSync(resultsDir, {recursive: true});
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify({
	measuredAt: new Date().toISOString(),
	node: process.version,
	startUp: start,
	wizard: isError(wizard) ? wizard : wizard.raw,
	table,
}, undefined, '\t')}\n`);
