// Steps 9 and 10 against the sandbox (and a small fake where the case needs one): re-read,
// DryRun, pending record, submit, busy gateway, live status, verification, re-attach.
import {readFile} from 'node:fs/promises';
import test from 'ava';
import React from 'react';
import {ApiError} from '../../../source/api/api-error.js';
import type {VpcApi} from '../../../source/api/vpc-api.js';
import {configFromServer, diffConfig, planUpdate} from '../../../source/domain/index.js';
import type {IpsecServerConfig} from '../../../source/domain/model.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {pendingUpdateFromPlan} from '../../../source/services/pending-update.js';
import {BusyScreen} from '../../../source/ui/flow/busy-screen.js';
import {loadServer, loadServerContext} from '../../../source/ui/flow/load-server-context.js';
import {StatusScreen} from '../../../source/ui/flow/status-screen.js';
import {runWizardCommand} from '../../support/wizard-runner.js';
import {connectionTo, eventually, keys, press, renderApp, renderScreen, sandboxFor, servicesFor, waitForText, waitUntil} from './harness.js';

const region = 'cn-hangzhou';

async function prepare(t: Parameters<typeof sandboxFor>[0], change: (config: IpsecServerConfig) => IpsecServerConfig, serverId: string = demoServerIds.modern) {
	const sandbox = await sandboxFor(t);
	const connection = connectionTo(sandbox);
	const services = await servicesFor(t, connection);
	const loaded = await loadServerContext(connection.api, await loadServer(connection.api, region, serverId));
	const edited = change(configFromServer(loaded.server));
	const plan = planUpdate(configFromServer(loaded.server), edited, loaded.context, 'token-submit-1')!;
	return {sandbox, connection, services, loaded, edited, plan};
}

/** The wizard's submit as its runner carries it out (on `api` when given). */
async function submit(setup: Awaited<ReturnType<typeof prepare>>, api?: VpcApi) {
	const services = {...setup.services, connect: async () => (api ? {...setup.connection, api} : setup.connection)};
	const config = configFromServer(setup.loaded.server);
	const change = {plan: setup.plan, expected: setup.edited, changes: diffConfig(config, setup.edited, setup.loaded.context).changes};
	const result = await runWizardCommand(services, {kind: 'submit', base: {loaded: setup.loaded, config, key: {kind: 'plain'}}, change});
	const following = result.reports.find(report => report.kind === 'journey-phase' && report.phase.phase === 'following');
	return {
		...result,
		outcome: result.ended?.phase === 'done' ? result.ended.outcome : undefined,
		submitted: following?.kind === 'journey-phase' && following.phase.phase === 'following' ? following.phase.requestIds : undefined,
	};
}

test('submit: DryRun first, pending update recorded before the call, sent once with the plan ClientToken', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	const pendingAtSend: Array<string | undefined> = [];
	const api: VpcApi = {
		...setup.connection.api,
		async updateIpsecServer(plan, options) {
			if (!options?.dryRun) {
				pendingAtSend.push((await setup.services.pendingUpdates.read())?.clientToken);
			}

			return setup.connection.api.updateIpsecServer(plan, options);
		},
	};
	const {submitted, outcome} = await submit(setup, api);
	t.is(outcome?.kind, 'verified');
	t.is(submitted?.length, 2, 'the DryRun and the update RequestIds');
	const updates = setup.sandbox.inspect.calls().filter(call => call.action === 'UpdateIpsecServer');
	t.is(updates.length, 2);
	t.is(updates[0]?.code, 'DryRunOperation');
	t.deepEqual(
		setup.sandbox.inspect.appliedUpdates().map(update => update.clientToken),
		['token-submit-1'],
	);
	t.deepEqual(pendingAtSend, ['token-submit-1'], 'the pending update was recorded before the call');
});

test('submit: a server changed since it was loaded sends nothing and reports what changed', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	setup.sandbox.inspect.mutateServer(demoServerIds.modern, {ipsecServerName: 'renamed-by-a-colleague'});
	const {outcome} = await submit(setup);
	t.deepEqual(outcome?.kind === 'changed-elsewhere' ? outcome.changes.map(change => change.field) : outcome, ['ipsecServerName']);
	t.is(setup.sandbox.inspect.calls().filter(call => call.action === 'UpdateIpsecServer').length, 0);
});

test('submit: a refusal comes back as an ApiError with code and RequestId, and nothing stays pending', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}), demoServerIds.financialLocked);
	const {outcome} = await submit(setup);
	const error = outcome?.kind === 'refused' ? outcome.error : outcome;
	t.true(error instanceof ApiError);
	t.regex((error as ApiError).describe(), /RequestId/);
	t.is(await setup.services.pendingUpdates.read(), undefined);
});

test('submit: VpnGateway.Configuring is the busy case, not an error', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	const configuring = new ApiError({kind: 'service', code: 'VpnGateway.Configuring', message: 'The gateway is being configured.', requestId: 'RID-BUSY', retryable: false});
	const api: VpcApi = {
		...setup.connection.api,
		getIpsecServer: async (...parameters) => setup.connection.api.getIpsecServer(...parameters),
		async updateIpsecServer() {
			throw configuring;
		},
	};
	const {outcome} = await submit(setup, api);
	t.is(outcome?.kind === 'busy' ? (outcome.error as ApiError).code : outcome?.kind, 'VpnGateway.Configuring');
});

test('busy: waits for the gateway to be active, then offers the same plan again', async t => {
	const setup = await prepare(t, config => config);
	let polls = 0;
	const api: VpcApi = {
		...setup.connection.api,
		async describeVpnGateway(...parameters) {
			const gateway = await setup.connection.api.describeVpnGateway(...parameters);
			polls++;
			return polls < 2 ? {...gateway, status: 'updating'} : gateway;
		},
	};
	const services = {...setup.services, connect: async () => ({...setup.connection, api})};
	const {reports} = await runWizardCommand(services, {kind: 'wait-for-active', regionId: region, vpnGatewayId: setup.loaded.server.vpnGatewayId});
	const statuses = reports.flatMap(report => (report.kind === 'busy-status' ? [`${report.status}${report.ended ? ' (ended)' : ''}`] : []));
	t.deepEqual(statuses.slice(0, 1), ['updating']);
	t.is(statuses.at(-1), 'active (ended)');
	let retried = 0;
	const instance = renderScreen(
		<BusyScreen
			vpnGatewayId={setup.loaded.server.vpnGatewayId}
			reason="The gateway is being configured. (VpnGateway.Configuring, RequestId RID-BUSY)"
			serverLabel="test"
			status="active"
			ready
			isActive
			onRetry={() => retried++}
			onBackToReview={() => undefined}
		/>,
	);
	await waitForText(instance, 'is active now');
	t.regex(instance.lastFrame() ?? '', /same ClientToken/);
	await press(instance, keys.enter);
	await waitUntil(() => retried === 1, 'the retry');
	t.pass();
	instance.unmount();
});

test('status: a recorded update is followed through updating to active and verified, each look at the gateway with its RequestId', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	const pending = pendingUpdateFromPlan(setup.plan, setup.edited, new Date());
	await setup.services.pendingUpdates.record(pending);
	await setup.connection.api.updateIpsecServer(setup.plan);
	const {ended, reports} = await runWizardCommand(setup.services, {kind: 'follow-pending', pending});
	t.like(ended, {phase: 'done', outcome: {kind: 'verified'}});
	const looks = reports.flatMap(report => (report.kind === 'watch-event' && report.event.kind === 'observed' ? [report.event.observation] : []));
	t.true(looks.length > 0 && looks.every(look => look.requestId.length > 0));
	t.is(await setup.services.pendingUpdates.read(), undefined, 'the record is settled');
});

const observation = {at: Date.parse('2026-11-26T10:00:00Z'), status: 'updating' as const, businessStatus: 'Normal', requestId: 'RID-LOOK-1', gatewayName: 'gw'};

function statusScreen(onLeave: () => void, onFinish: () => void = () => undefined) {
	return renderScreen(
		<StatusScreen
			vpnGatewayId="vpn-test"
			progress={{stage: 'submitting', transitions: [observation], last: observation, verifying: false}}
			serverLabel="test"
			isActive
			elapsedMs={0}
			onFinish={onFinish}
			onLeave={onLeave}
		/>,
	);
}

test('status: the screen shows what the runner saw of the gateway, with the last RequestId', async t => {
	const setup = await prepare(t, config => config);
	const instance = statusScreen(() => undefined);
	const frame = await waitForText(instance, 'Last RequestId RID-LOOK-1');
	t.regex(frame, /Status updating/);
	t.regex(frame, /Waiting for the gateway to be active again/);
	instance.unmount();
});

test('status: q leaves early', async t => {
	const setup = await prepare(t, config => config);
	let left = 0;
	const instance = statusScreen(() => left++);
	await waitForText(instance, 'q leave');
	await press(instance, 'q');
	await waitUntil(() => left === 1, 'leaving');
	t.pass();
	instance.unmount();
});

test('re-attach: an unfinished update found at launch is followed and verified, then the record is gone', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	await setup.services.pendingUpdates.record(pendingUpdateFromPlan(setup.plan, setup.edited, new Date()));
	await setup.connection.api.updateIpsecServer(setup.plan);
	const {instance, exits} = renderApp(setup.services);
	await waitForText(instance, 'An earlier update was not verified');
	await press(instance, keys.enter);
	await waitForText(instance, 'what the clients must match');
	t.regex(instance.lastFrame() ?? '', /Audit log/);
	await eventually(async () => (await setup.services.pendingUpdates.read()) === undefined, 'the pending record cleared');
	await eventually(async () => (await readFile(setup.services.auditLog.path, 'utf8').catch(() => '')).includes('"verdict":"verified"'), 'the verdict in the audit log');
	await press(instance, keys.enter);
	await waitUntil(() => exits.length > 0, 'the exit');
	t.is(exits[0]?.code, 0);
	instance.unmount();
});
