// UpdateIpsecServer's outcome as the flow needs it: the DryRun never carries the plan's token
// (issue 9 finding 4), and a real call whose answer may have been lost is marked outcome
// 'unknown', whatever the last attempt was answered (finding 2).
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import type {ApiQuery} from '../../source/api/request-query.js';
import type {Transport} from '../../source/api/sdk-transport.js';
import {createVpcClient} from '../../source/api/vpc-client.js';
import type {UpdatePlan} from '../../source/domain/model.js';

const scripted = (answers: unknown[]) => {
	const sent: ApiQuery[] = [];
	const transport: Transport = async ({query}) => {
		sent.push(query);
		const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
		if (answer instanceof Error) {
			throw answer;
		}

		return answer;
	};

	return {sent, api: createVpcClient({regionId: 'cn-hangzhou', credential: {accessKeyId: 'AKIDTEST00000001', accessKeySecret: 'x'}, transport, sleep: async () => undefined, random: () => 0})};
};

const plan: UpdatePlan = {regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', vpnGatewayId: 'vpn-1', clientToken: 'plan-token', params: {psk: 'new-key-1'}, synchronous: false};
const envelope = (status: number, Code: string) =>
	Object.assign(new Error(`${Code}: code: ${status}`), {code: Code, statusCode: status, data: {RequestId: `RID-${Code}`, Code, Message: 'm', statusCode: status}});
const reset = () => Object.assign(new Error('socket hang up'), {code: 'ECONNRESET'});
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), {code: 'ECONNREFUSED'});

test('the DryRun does not carry the plan\'s ClientToken; the real call does', async t => {
	const {sent, api} = scripted([envelope(400, 'DryRunOperation'), {RequestId: 'R'}]);
	t.true((await api.updateIpsecServer(plan, {dryRun: true})).dryRun);
	await api.updateIpsecServer(plan);
	t.not(sent[0]?.ClientToken, 'plan-token');
	t.is(sent[0]?.DryRun, 'true');
	t.is(sent[1]?.ClientToken, 'plan-token');
});

test('a lost answer, then VpnGateway.Configuring on the retry: the outcome is unknown, not "busy"', async t => {
	const {api} = scripted([reset(), envelope(400, 'VpnGateway.Configuring')]);
	const error = await t.throwsAsync(api.updateIpsecServer(plan), {instanceOf: ApiError});
	t.is(error.outcome, 'unknown');
	t.not(error.code, 'VpnGateway.Configuring');
});

test('a lost answer on every attempt: unknown', async t => {
	const {api} = scripted([reset()]);
	t.is((await t.throwsAsync(api.updateIpsecServer(plan), {instanceOf: ApiError})).outcome, 'unknown');
});

test('a 5xx then giving up: unknown', async t => {
	const {api} = scripted([envelope(503, 'ServiceUnavailable')]);
	t.is((await t.throwsAsync(api.updateIpsecServer(plan), {instanceOf: ApiError})).outcome, 'unknown');
});

test('a lost answer, then the replay succeeds: resolved (applied)', async t => {
	const {api} = scripted([reset(), {RequestId: 'R-REPLAY'}]);
	t.deepEqual(await api.updateIpsecServer(plan), {requestId: 'R-REPLAY', dryRun: false});
});

test('refusals that never applied anything stay as they are', async t => {
	const busy = scripted([envelope(400, 'VpnGateway.Configuring')]);
	const busyError = await t.throwsAsync(busy.api.updateIpsecServer(plan), {instanceOf: ApiError});
	t.is(busyError.code, 'VpnGateway.Configuring');
	t.is(busyError.outcome, undefined);
	const down = scripted([refused()]);
	t.is((await t.throwsAsync(down.api.updateIpsecServer(plan), {instanceOf: ApiError})).outcome, undefined);
});

test('a DryRun whose answer is lost is not an unknown outcome (it changes nothing)', async t => {
	const {api} = scripted([reset()]);
	t.is((await t.throwsAsync(api.updateIpsecServer(plan, {dryRun: true}), {instanceOf: ApiError})).outcome, undefined);
});
