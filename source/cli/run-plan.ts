// `ipsec-wizard plan --region R --server iss-… --set KEY=VALUE … --out plan.json`: the change a
// runbook step asks for, judged by the wizard's own parsers and validators, shown as the review
// shows it (the diff, the impact, the advisories) and written as a plan for `apply`. A bad value
// or an unknown key: exit 2, one sentence per problem, no file written. The key never enters the
// plan: --generate-psk writes a new one to its own file (0600), --psk-file reads one.
import {randomUUID} from 'node:crypto';
import {stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {
	advisoriesFor,
	applyRecommendedIke,
	applyRecommendedIpsec,
	configFromServer,
	diffConfig,
	generatePsk,
	planUpdate,
	validateConfig,
	type FieldName,
	type IpsecServerConfig,
} from '../domain/index.js';
import {apiKey, apiKeys, fieldOfApiKey, parseApiValue, withFieldValue} from '../domain/api-settings.js';
import type {FieldValue} from '../domain/field-values.js';
import {planFileFrom} from '../engine/plan-file.js';
import {hashPsk} from '../services/pending-update.js';
import {fileProblemReason} from '../services/file-problem.js';
import type {ExitController} from './exit-controller.js';
import {ending, exitCodes} from './outcome-table.js';
import type {PlanCommand} from './parse-runbook-arguments.js';
import {readPskFile} from './read-psk-file.js';
import {createOutput, loadForRunbook, runbookServices, type Output} from './runbook-output.js';

/** The --set pairs as fields and values, or a sentence per problem (before anything is read). */
export function parseSets(sets: string[]): {values: Array<[FieldName, FieldValue]>; problems: string[]} {
	const values: Array<[FieldName, FieldValue]> = [];
	const problems: string[] = [];
	for (const pair of sets) {
		const equals = pair.indexOf('=');
		const key = equals < 0 ? pair : pair.slice(0, equals);
		const field = fieldOfApiKey(key);
		if (equals < 0) {
			problems.push(`--set ${key} has no value; write KEY=VALUE, e.g. --set IkeConfig.IkeEncAlg=aes256.`);
		} else if (!field) {
			problems.push(`--set ${key}: there is no such setting; the keys are ${apiKeys.join(', ')}.`);
		} else {
			const parsed = parseApiValue(field, pair.slice(equals + 1));
			if ('problem' in parsed) {
				problems.push(`--set ${parsed.problem}`);
			} else {
				values.push([field, parsed.value]);
			}
		}
	}

	return {values, problems};
}

/** The key file as seen from the plan's folder, so the two can travel together to another machine. */
const keyFileFromPlan = (planFile: string, keyFile: string): string => path.relative(path.dirname(path.resolve(planFile)), path.resolve(keyFile));

async function warnIfReadable(file: string, output: Output): Promise<void> {
	const mode = await stat(file).then(stats => stats.mode, () => undefined);
	if (mode !== undefined && (mode & 0o077) !== 0) {
		output.problem(`Warning: ${file} can be read by other users; keep a key file private (chmod 600 ${file}).`);
	}
}

export async function runPlan(command: PlanCommand, exitController: ExitController): Promise<void> {
	const output = createOutput(command);
	const usage = (problems: string[]) => {
		for (const problem of problems) {
			output.problem(problem);
		}

		exitController.exit(exitCodes.usage);
	};

	const {values, problems} = parseSets(command.sets);
	if (problems.length > 0) {
		usage(problems);
		return;
	}

	let newKey: string | undefined;
	if (command.pskFile) {
		const read = await readPskFile(command.pskFile);
		if (read.error) {
			usage([read.error]);
			return;
		}

		await warnIfReadable(command.pskFile, output);
		newKey = read.psk;
	}

	const services = runbookServices(command, exitController);
	if (command.generatePsk) {
		newKey = generatePsk(services.randomBytes);
	}

	const loaded = await loadForRunbook(command, services, output, exitController);
	if (!loaded) {
		return;
	}

	const base = configFromServer(loaded.server);
	let edited: IpsecServerConfig = command.preset === 'recommended' ? applyRecommendedIpsec(applyRecommendedIke(base)) : base;
	for (const [field, value] of values) {
		edited = withFieldValue(edited, field, value);
	}

	if (command.applyImmediately) {
		edited = {...edited, effectImmediately: true};
	}

	if (newKey !== undefined) {
		edited = {...edited, psk: newKey};
	}

	const issues = validateConfig(edited, loaded.context);
	if (issues.length > 0) {
		usage(issues.map(issue => `${apiKey(issue.field)}: ${issue.message}`));
		return;
	}

	const plan = planUpdate(base, edited, loaded.context, randomUUID());
	if (!plan) {
		const {lines, code} = ending({kind: 'nothing-to-change'}, {follow: {regionId: command.region, vpnGatewayId: loaded.server.vpnGatewayId}, timeout: '', again: ''});
		lines.forEach(output.line);
		if (command.json) {
			output.json({outcome: 'nothing-to-change', changes: []});
		}

		exitController.exit(code);
		return;
	}

	const diff = diffConfig(base, edited, loaded.context);
	const advisories = advisoriesFor(edited, loaded.context).map(advisory => ({key: apiKey(advisory.field), message: advisory.message}));
	try {
		if (command.generatePsk && newKey !== undefined) {
			// A new file only, never over an existing one, readable by its owner alone.
			await writeFile(command.generatePsk, `${newKey}\n`, {mode: 0o600, flag: 'wx'});
		}

		const file = planFileFrom({
			plan,
			loaded,
			changes: diff.changes,
			createdAt: new Date(services.clock.now()),
			...(loaded.server.psk ? {keyHash: hashPsk(loaded.server.psk)} : {}),
			...(newKey === undefined ? {} : {newKey: {file: keyFileFromPlan(command.out, command.generatePsk ?? command.pskFile!), hash: hashPsk(newKey)}}),
		});
		await writeFile(command.out, `${JSON.stringify(file, undefined, 2)}\n`, {mode: 0o600});
	} catch (error) {
		const target = (error as {path?: string}).path ?? command.out;
		usage([`${target} could not be written: ${fileProblemReason(error)}; nothing was planned.`]);
		return;
	}

	const changes = diff.changes.map(change => ({key: apiKey(change.field), before: change.before, after: change.after}));
	output.line(`Plan for ${plan.ipsecServerId} "${loaded.server.ipsecServerName}" in ${plan.regionId} (gateway ${plan.vpnGatewayId}):`);
	for (const change of changes) {
		output.line(`  ${change.key}: ${change.before} -> ${change.after}`);
	}

	output.line('Impact:');
	for (const sentence of diff.summary) {
		output.line(`  ${sentence}`);
	}

	output.line(advisories.length === 0 ? 'Advisories: none' : 'Advisories:');
	for (const advisory of advisories) {
		output.line(`  ${advisory.key}: ${advisory.message}`);
	}

	if (command.generatePsk) {
		output.line(`The new pre-shared key is in ${command.generatePsk} (mode 0600); give it to every client privately.`);
	}

	output.line(`Written to ${command.out} (ClientToken ${plan.clientToken}). Apply it with: ipsec-wizard apply ${command.out}`);
	if (command.json) {
		output.json({outcome: 'planned', plan: command.out, clientToken: plan.clientToken, changes, impact: diff.summary, advisories});
	}

	exitController.exit(exitCodes.done);
}
