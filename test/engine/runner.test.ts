// The runner with services that only record: the calls it makes, in order, and what it writes,
// for a whole journey, one stopped where the wizard's live status takes over, and one interrupted.
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import type {VpcApi} from '../../source/api/vpc-api.js';
import {configFromServer, diffConfig, planUpdate} from '../../source/domain/index.js';
import type {IpsecServer, UpdatePlan, VpnGateway} from '../../source/domain/model.js';
import type {Base, Change} from '../../source/engine/journey.js';
import {runJourney, type EngineServices} from '../../source/engine/runner.js';
import {start} from '../../source/engine/update.js';
import type {AuditEntry} from '../../source/services/audit-log.js';
import type {PendingUpdate} from '../../source/services/pending-update.js';
import {context, edit, loadedConfig, server} from '../domain/fixtures.js';
import {fakeClock} from '../services/fake-clock.js';

const gateway = {vpnGatewayId: context.vpnGatewayId, name: 'gw', status: 'active', businessStatus: 'Normal'} as VpnGateway;
const expected = edit({clientIpPool: '10.30.0.0/24'});
const plan = planUpdate(loadedConfig, expected, context, 'token-runner')!;
const change: Change = {plan, expected, changes: diffConfig(loadedConfig, expected, context).changes};
const base: Base = {loaded: {server, context, gateway}, config: configFromServer(server), key: {kind: 'plain'}};

function recordingServices(options: {onUpdate?(plan: UpdatePlan, dryRun: boolean): void; failSubmit?: ApiError} = {}) {
	const calls: string[] = [];
	const audit: AuditEntry[] = [];
	const pending: PendingUpdate[] = [];
	let current: IpsecServer = server;
	const api = {
		async getIpsecServer() {
			calls.push('read');
			return {server: current, requestId: 'req-read'};
		},
		async updateIpsecServer(sent: UpdatePlan, update?: {dryRun?: boolean}) {
			const dryRun = update?.dryRun ?? false;
			calls.push(dryRun ? 'dry-run' : `update(pending=${pending.length}, audit=${audit.map(line => line.verdict).join('/')})`);
			options.onUpdate?.(sent, dryRun);
			if (!dryRun && options.failSubmit) {
				throw options.failSubmit;
			}

			if (!dryRun) {
				current = {...current, clientIpPool: '10.30.0.0/24'};
			}

			return {requestId: dryRun ? 'req-dry' : 'req-update', dryRun};
		},
		async describeVpnGateway() {
			calls.push('gateway');
			return {...gateway, requestId: 'req-gw'};
		},
	} as unknown as VpcApi;
	const services: EngineServices = {
		api,
		clock: fakeClock(),
		auditLog: {
			path: '/audit.jsonl',
			async append(entry) {
				audit.push(entry);
			},
			problem: () => undefined,
			async settled() {},
		},
		pendingUpdates: {
			path: '/pending-updates',
			async list() {
				return pending;
			},
			async read() {
				return pending[0];
			},
			async record(update) {
				pending.push(update);
			},
			async clear() {
				pending.length = 0;
			},
		},
	};
	return {services, calls, audit, pending};
}

test('a whole journey: re-read, DryRun, the records, the update, the gateway, the verifying read, the verdict', async t => {
	const {services, calls, audit, pending} = recordingServices();
	const state = await runJourney(services, start(base, change));
	t.like(state, {phase: 'done', outcome: {kind: 'verified', requestIds: ['req-dry', 'req-update'], answerLost: false}});
	t.is(calls[0], 'read');
	t.is(calls[1], 'dry-run');
	t.is(calls[2], 'update(pending=1, audit=sending)', 'the pending record and the sending line are written before the update leaves');
	t.true(calls.slice(3, -1).every(call => call === 'gateway'));
	t.is(calls.at(-1), 'read', 'verified from the server as read again');
	t.deepEqual(audit.map(line => line.verdict), ['sending', 'submitted', 'verified']);
	t.deepEqual(pending, [], 'the record is dropped once verified');
});

test('the DryRun and the update carry the same plan (the api leaves the token off the DryRun)', async t => {
	const sent: Array<{token: string; dryRun: boolean}> = [];
	const {services} = recordingServices({onUpdate: (update, dryRun) => sent.push({token: update.clientToken, dryRun})});
	await runJourney(services, start(base, change));
	t.deepEqual(sent, [{token: 'token-runner', dryRun: true}, {token: 'token-runner', dryRun: false}]);
});

test('stopped before following (the wizard\'s submit step): the update was sent and answered, nothing polled yet', async t => {
	const {services, calls, audit} = recordingServices();
	const state = await runJourney(services, start(base, change), {stopBefore: ['follow']});
	t.is(state.phase, 'following');
	t.deepEqual(calls, ['read', 'dry-run', 'update(pending=1, audit=sending)']);
	t.deepEqual(audit.map(line => line.verdict), ['sending', 'submitted']);
});

test('a refused update drops the pending record and says failed in the audit log', async t => {
	const refusal = new ApiError({kind: 'service', code: 'IllegalParam.ClientIpPool', message: 'The pool is refused.', retryable: false, requestId: 'req-refused'});
	const {services, audit, pending} = recordingServices({failSubmit: refusal});
	const state = await runJourney(services, start(base, change));
	t.like(state, {phase: 'done', outcome: {kind: 'refused', stage: 'submitting'}});
	t.deepEqual(audit.map(line => line.verdict), ['sending', 'failed']);
	t.deepEqual(audit[1]?.requestIds, ['req-dry', 'req-refused']);
	t.deepEqual(pending, []);
});

test('a signal before the update leaves: it is never sent, and the records say so', async t => {
	const controller = new AbortController();
	const {services, calls, audit, pending} = recordingServices({
		onUpdate(_plan, dryRun) {
			if (dryRun) {
				controller.abort();
			}
		},
	});
	const state = await runJourney(services, start(base, change), {signal: controller.signal});
	t.deepEqual(state, {phase: 'done', outcome: {kind: 'interrupted', sent: false}});
	t.deepEqual(calls, ['read', 'dry-run']);
	t.deepEqual(audit.map(line => line.verdict), ['sending', 'failed']);
	t.deepEqual(pending, []);
});
