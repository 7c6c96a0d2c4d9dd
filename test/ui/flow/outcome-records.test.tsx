// Issue 9 findings 9, 10, 11, 12 below the screen: the audit line of an attempt is written before it
// is sent, the pending record failing is not blamed on the service, two unverified updates are
// both offered, a dropped preference is named.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import type {VpcApi} from '../../../source/api/vpc-api.js';
import {configFromServer, diffConfig, planUpdate} from '../../../source/domain/index.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {pendingUpdateFromPlan} from '../../../source/services/pending-update.js';
import {loadServer, loadServerContext} from '../../../source/ui/flow/load-server-context.js';
import {runWizardCommand} from '../../support/wizard-runner.js';
import type {Services} from '../../../source/services/services.js';
import type {VpcApi as Api} from '../../../source/api/vpc-api.js';
import {connectionTo, eventually, renderApp, sandboxFor, servicesFor, waitForText} from './harness.js';

const region = 'cn-hangzhou';

async function prepare(t: Parameters<typeof sandboxFor>[0], serverId: string = demoServerIds.modern) {
	const sandbox = await sandboxFor(t);
	const connection = connectionTo(sandbox);
	const services = await servicesFor(t, connection);
	const loaded = await loadServerContext(connection.api, await loadServer(connection.api, region, serverId));
	const edited = {...configFromServer(loaded.server), clientIpPool: '10.250.0.0/24'};
	const plan = planUpdate(configFromServer(loaded.server), edited, loaded.context, 'token-records-1')!;
	return {sandbox, connection, services, loaded, edited, plan};
}

/** The wizard's submit, as its runner carries it out, on these services (and this api). */
async function submit(setup: Awaited<ReturnType<typeof prepare>>, api: Api = setup.connection.api) {
	const services: Services = {...setup.services, connect: async () => ({...setup.connection, api})};
	const config = configFromServer(setup.loaded.server);
	const change = {plan: setup.plan, expected: setup.edited, changes: diffConfig(config, setup.edited, setup.loaded.context).changes};
	return runWizardCommand(services, {kind: 'submit', base: {loaded: setup.loaded, config, key: {kind: 'plain'}}, change});
}

test('the audit line for the attempt is on disk before the update is sent, with the planned changes (finding 10)', async t => {
	const setup = await prepare(t);
	let auditAtSend = '';
	const api: VpcApi = {
		...setup.connection.api,
		async updateIpsecServer(plan, options) {
			if (!options?.dryRun) {
				auditAtSend = await readFile(setup.services.auditLog.path, 'utf8').catch(() => '');
			}

			return setup.connection.api.updateIpsecServer(plan, options);
		},
	};
	const {phases} = await submit(setup, api);
	t.true(phases.includes('following'), 'submitted, then followed');
	const [sending] = auditAtSend.trim().split('\n').map(line => JSON.parse(line) as {verdict: string; changes: Array<{field: string}>});
	t.is(sending?.verdict, 'sending');
	t.deepEqual(sending?.changes.map(change => change.field), ['clientIpPool']);
});

test('a retry after our own update landed finds the server already holding the plan: nothing is sent, nobody else is blamed', async t => {
	const setup = await prepare(t);
	// An earlier attempt of this plan was applied (its answer lost, the gateway then busy).
	await setup.connection.api.updateIpsecServer(setup.plan);
	await eventually(async () => (await loadServer(setup.connection.api, region, setup.plan.ipsecServerId)).clientIpPool === '10.250.0.0/24', 'the change applied', 30_000);
	const {phases, ended} = await submit(setup);
	t.like(ended, {phase: 'done', outcome: {kind: 'verified'}});
	t.false(phases.includes('submitting'), 'found already applied, then followed and verified');
	t.is(setup.sandbox.inspect.appliedUpdates().length, 1, 'not sent again');
});

test('a pending record that cannot be written sends nothing and says which file, not "talking to the service" (finding 9)', async t => {
	const setup = await prepare(t);
	// A file where the records' folder should be: every write under it fails.
	await mkdir(path.dirname(setup.services.pendingUpdates.path), {recursive: true});
	await writeFile(setup.services.pendingUpdates.path, 'not a folder');
	const {ended} = await submit(setup);
	const outcome = ended?.phase === 'done' ? ended.outcome : undefined;
	t.is(outcome?.kind, 'refused');
	t.regex(outcome?.kind === 'refused' ? (outcome.sentence ?? '') : '', /The pending update could not be recorded in .*pending-updates: .*; nothing was sent\./);
	t.deepEqual(setup.sandbox.inspect.appliedUpdates(), []);
});

test('two unverified updates of two servers are both offered at launch (finding 11)', async t => {
	const setup = await prepare(t);
	const other = await loadServer(setup.connection.api, region, demoServerIds.busy);
	await setup.services.pendingUpdates.record(pendingUpdateFromPlan(setup.plan, setup.edited, new Date('2026-11-26T10:00:00Z')));
	const otherPlan = {...setup.plan, ipsecServerId: other.ipsecServerId, vpnGatewayId: other.vpnGatewayId, clientToken: 'token-records-2'};
	await setup.services.pendingUpdates.record(pendingUpdateFromPlan(otherPlan, {...configFromServer(other), clientIpPool: '10.251.0.0/24'}, new Date('2026-11-26T10:01:00Z')));
	const {instance} = renderApp(setup.services);
	const frame = await waitForText(instance, '2 earlier updates were not verified');
	t.true(frame.includes(setup.plan.ipsecServerId));
	t.true(frame.includes(other.ipsecServerId));
	t.regex(frame, /Follow and verify .*\(iss-/);
	instance.unmount();
});

test('a preferences.json with one wrong-typed key: the wizard says once which key was left out (finding 12)', async t => {
	const setup = await prepare(t);
	await writeFile(setup.services.preferences.path, JSON.stringify({lastRegion: region, lastProfile: 7}));
	const {instance} = renderApp(setup.services);
	const frame = await waitForText(instance, 'left out');
	t.regex(frame.replaceAll('\n', ' '), /lastProfile \(it should be a profile name in quotes\)/);
	t.is((await setup.services.preferences.read()).lastRegion, region, 'the good key is kept');
	instance.unmount();
});
