import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import type {VpcApi} from '../../source/api/vpc-api.js';
import {verifyApplied} from '../../source/domain/index.js';
import type {IpsecServer, VpnGateway, VpnGatewayStatus} from '../../source/domain/model.js';
import {pollDelayMs} from '../../source/services/poll-schedule.js';
import {watchUpdate, type WatchEvent, type WatchTarget} from '../../source/services/watch-update.js';
import {fakeClock} from './fake-clock.js';
import {config, plan, server} from './fixtures.js';

const gateway = (status: VpnGatewayStatus): VpnGateway & {requestId: string} => ({
	vpnGatewayId: 'vpn-test1',
	name: 'gw',
	description: '',
	vpcId: 'vpc-1',
	vSwitchId: 'vsw-1',
	internetIp: '47.1.2.3',
	status,
	businessStatus: 'Normal',
	spec: '10M',
	ipsecVpn: 'enable',
	sslVpn: 'enable',
	sslMaxConnections: 5,
	createTime: 0,
	endTime: 0,
	requestId: `RID-${status}`,
});

function fakeApi(statuses: Array<VpnGatewayStatus | ApiError>, reread: IpsecServer) {
	const calls: string[] = [];
	const api = {
		async describeVpnGateway() {
			calls.push('DescribeVpnGateway');
			const next = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
			if (next instanceof ApiError) {
				throw next;
			}

			return gateway(next);
		},
		async getIpsecServer() {
			calls.push('ListIpsecServers');
			return {requestId: 'RID-reread', server: reread};
		},
	} as unknown as VpcApi;
	return {api, calls};
}

const applied: IpsecServer = {...server, clientIpPool: '10.20.0.0/24'};
const expected = {...config, clientIpPool: '10.20.0.0/24'};
const target: WatchTarget = {
	regionId: 'cn-hangzhou',
	vpnGatewayId: 'vpn-test1',
	ipsecServerId: 'iss-test1',
	synchronous: false,
	verify: reread => verifyApplied(plan, expected, reread),
};

const run = async (statuses: Array<VpnGatewayStatus | ApiError>, reread: IpsecServer, overrides: Partial<WatchTarget> = {}, timeoutMs = 600_000) => {
	const clock = fakeClock();
	const {api, calls} = fakeApi(statuses, reread);
	const events: WatchEvent[] = [];
	const outcome = await watchUpdate({
		api,
		clock,
		target: {...target, ...overrides},
		timeoutMs,
		signal: new AbortController().signal,
		onEvent: event => events.push(event),
	});
	return {outcome, calls, events, clock};
};

test('updating then active: verified, with each transition reported once', async t => {
	const {outcome, events} = await run(['updating', 'updating', 'updating', 'active'], applied);
	t.is(outcome.kind, 'verified');
	const transitions = events.filter(event => event.kind === 'observed' && event.changed).map(event => (event.kind === 'observed' ? event.observation.status : ''));
	t.deepEqual(transitions, ['updating', 'active']);
});

test('active but different from what was sent: the verdict names the field', async t => {
	const {outcome} = await run(['updating', 'active'], server);
	t.is(outcome.kind, 'mismatch');
	if (outcome.kind === 'mismatch') {
		t.deepEqual(
			outcome.verification.mismatches.map(mismatch => mismatch.field),
			['clientIpPool'],
		);
	}
});

test('a name-only change is verified at once, without polling the gateway', async t => {
	const renamed = {...server, ipsecServerName: 'renamed'};
	const namePlan = {...plan, params: {ipsecServerName: 'renamed'}, synchronous: true};
	const {outcome, calls} = await run(['updating'], renamed, {synchronous: true, verify: reread => verifyApplied(namePlan, {...config, ipsecServerName: 'renamed'}, reread)});
	t.is(outcome.kind, 'verified');
	t.deepEqual(calls, ['ListIpsecServers']);
});

test('still updating at the timeout: timeout, with the last status', async t => {
	const {outcome} = await run(['updating'], applied, {}, 60_000);
	t.deepEqual(outcome, {kind: 'timeout', lastStatus: 'updating'});
});

test('at most 20 polls a minute, and active is noticed within 3 s', async t => {
	let elapsed = 0;
	let polls = 0;
	for (let index = 0; elapsed < 60_000; index++) {
		elapsed += pollDelayMs(index);
		if (elapsed < 60_000) {
			polls++;
		}

		t.true(pollDelayMs(index) <= 3000);
	}

	t.true(polls <= 20, `${polls} polls`);
});

test('a service error that will not pass ends the watch as failed', async t => {
	const notFound = new ApiError({kind: 'service', code: 'InvalidVpnGatewayInstanceId.NotFound', message: 'No such gateway.', retryable: false});
	const {outcome} = await run([notFound], applied);
	t.is(outcome.kind, 'failed');
});

test('temporary failures are reported and polling goes on', async t => {
	const throttled = new ApiError({kind: 'service', code: 'Throttling.User', message: 'Too many calls.', retryable: true});
	const {outcome, events} = await run([throttled, 'updating', 'active'], applied);
	t.is(outcome.kind, 'verified');
	t.true(events.some(event => event.kind === 'poll-failed'));
});

test('an abort ends the watch as aborted', async t => {
	const controller = new AbortController();
	controller.abort();
	const {api} = fakeApi(['updating'], applied);
	const outcome = await watchUpdate({api, clock: fakeClock(), target, timeoutMs: 60_000, signal: controller.signal, onEvent() {}});
	t.is(outcome.kind, 'aborted');
});
