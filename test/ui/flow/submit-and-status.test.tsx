// Steps 9 and 10 against the sandbox (and a small fake where the case needs one): re-read,
// DryRun, pending record, submit, busy gateway, live status, verification, re-attach.
import {readFile} from 'node:fs/promises';
import test from 'ava';
import React from 'react';
import {ApiError} from '../../../source/api/api-error.js';
import type {VpcApi} from '../../../source/api/vpc-api.js';
import {configFromServer, planUpdate, verifyApplied} from '../../../source/domain/index.js';
import type {IpsecServerConfig} from '../../../source/domain/model.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {pendingUpdateFromPlan} from '../../../source/services/pending-update.js';
import type {WatchOutcome} from '../../../source/services/watch-update.js';
import {BusyScreen} from '../../../source/ui/flow/busy-screen.js';
import {loadServer, loadServerContext} from '../../../source/ui/flow/load-server-context.js';
import {StatusScreen} from '../../../source/ui/flow/status-screen.js';
import {SubmitScreen} from '../../../source/ui/flow/submit-screen.js';
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

type SubmitEvents = {submitted?: string[]; changed?: string[]; busy?: ApiError; rejected?: unknown; unknown?: ApiError};

function submitScreen(setup: Awaited<ReturnType<typeof prepare>>, api?: VpcApi) {
	const events: SubmitEvents = {};
	const instance = renderScreen(
		setup.services,
		<SubmitScreen
			connection={api ? {...setup.connection, api} : setup.connection}
			plan={setup.plan}
			edited={setup.edited}
			loaded={setup.loaded}
			serverLabel="test"
			onSending={() => undefined}
			onSubmitted={requestIds => {
				events.submitted = requestIds;
			}}
			onUnknown={error => {
				events.unknown = error;
			}}
			onChangedElsewhere={(_baseline, changes) => {
				events.changed = changes.map(change => change.field);
			}}
			onBusy={error => {
				events.busy = error;
			}}
			onRejected={error => {
				events.rejected = error;
			}}
		/>,
	);
	return {instance, events};
}

test('submit: DryRun first, pending update recorded before the call, sent once with the plan ClientToken', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	const {instance, events} = submitScreen(setup);
	await waitUntil(() => events.submitted !== undefined || events.rejected !== undefined, 'the submit outcome');
	t.is(events.rejected, undefined);
	t.is(events.submitted?.length, 2, 'the DryRun and the update RequestIds');
	const updates = setup.sandbox.inspect.calls().filter(call => call.action === 'UpdateIpsecServer');
	t.is(updates.length, 2);
	t.is(updates[0]?.code, 'DryRunOperation');
	t.deepEqual(
		setup.sandbox.inspect.appliedUpdates().map(update => update.clientToken),
		['token-submit-1'],
	);
	const pending = await setup.services.pendingUpdates.read();
	t.is(pending?.clientToken, 'token-submit-1');
	t.is(pending?.params.clientIpPool, '10.250.0.0/24');
	instance.unmount();
});

test('submit: a server changed since it was loaded sends nothing and reports what changed', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	setup.sandbox.inspect.mutateServer(demoServerIds.modern, {ipsecServerName: 'renamed-by-a-colleague'});
	const {instance, events} = submitScreen(setup);
	await waitUntil(() => events.changed !== undefined || events.submitted !== undefined, 'the submit outcome');
	t.deepEqual(events.changed, ['ipsecServerName']);
	t.is(setup.sandbox.inspect.calls().filter(call => call.action === 'UpdateIpsecServer').length, 0);
	instance.unmount();
});

test('submit: a refusal comes back as an ApiError with code and RequestId, and nothing stays pending', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}), demoServerIds.financialLocked);
	const {instance, events} = submitScreen(setup);
	await waitUntil(() => events.rejected !== undefined || events.submitted !== undefined || events.busy !== undefined, 'the submit outcome');
	t.true(events.rejected instanceof ApiError);
	t.regex((events.rejected as ApiError).describe(), /RequestId/);
	t.is(await setup.services.pendingUpdates.read(), undefined);
	instance.unmount();
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
	const {instance, events} = submitScreen(setup, api);
	await waitUntil(() => events.busy !== undefined || events.rejected !== undefined, 'the submit outcome');
	t.is(events.busy?.code, 'VpnGateway.Configuring');
	instance.unmount();
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
	let retried = 0;
	const instance = renderScreen(
		setup.services,
		<BusyScreen
			connection={{...setup.connection, api}}
			regionId={region}
			vpnGatewayId={setup.loaded.server.vpnGatewayId}
			reason="The gateway is being configured. (VpnGateway.Configuring, RequestId RID-BUSY)"
			serverLabel="test"
			timeoutMs={60_000}
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

test('status: follows the gateway through updating to active and verifies', async t => {
	const setup = await prepare(t, config => ({...config, clientIpPool: '10.250.0.0/24'}));
	await setup.connection.api.updateIpsecServer(setup.plan);
	const outcomes: WatchOutcome[] = [];
	const instance = renderScreen(
		setup.services,
		<StatusScreen
			connection={setup.connection}
			target={{
				regionId: region,
				vpnGatewayId: setup.plan.vpnGatewayId,
				ipsecServerId: setup.plan.ipsecServerId,
				synchronous: false,
				verify: server => verifyApplied(setup.plan, setup.edited, server),
			}}
			serverLabel="test"
			timeoutMs={60_000}
			isActive
			onOutcome={outcome => outcomes.push(outcome)}
			onFinish={() => undefined}
			onLeave={() => undefined}
		/>,
	);
	await waitForText(instance, 'Verified');
	t.is(outcomes[0]?.kind, 'verified');
	t.regex(instance.lastFrame() ?? '', /Last RequestId/);
	instance.unmount();
});

test('status: q leaves early', async t => {
	const setup = await prepare(t, config => config);
	let left = 0;
	const instance = renderScreen(
		setup.services,
		<StatusScreen
			connection={setup.connection}
			target={{regionId: region, vpnGatewayId: setup.plan?.vpnGatewayId ?? setup.loaded.server.vpnGatewayId, synchronous: false}}
			serverLabel="test"
			timeoutMs={60_000}
			isActive
			onOutcome={() => undefined}
			onFinish={() => undefined}
			onLeave={() => left++}
		/>,
	);
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
