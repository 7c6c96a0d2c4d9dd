// Issue 9 finding 4 against the sandbox set to the stricter reading of "each request must carry a
// unique token": a DryRun that carried the plan's ClientToken would use it up, and the real call
// would be refused as IdempotentParameterMismatch. The product's DryRun carries none.
import test from 'ava';
import {createVpcClient} from '../../source/api/vpc-client.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {startSandbox} from '../../source/sandbox/start-sandbox.js';
import {acs3Request} from '../sandbox/support/raw-request.js';

test('with dryRunToken=claim, the sandbox uses up a token a DryRun carried', async t => {
	const sandbox = await startSandbox({faults: {dryRunToken: 'claim'}});
	t.teardown(async () => sandbox.close());
	const query = {RegionId: 'cn-hangzhou', IpsecServerId: demoServerIds.busy, ClientToken: 'claimed-1', Psk: 'new-key-321'};
	t.is((await acs3Request(sandbox, {action: 'UpdateIpsecServer', query: {...query, DryRun: 'true'}})).body.Code, 'DryRunOperation');
	t.is((await acs3Request(sandbox, {action: 'UpdateIpsecServer', query})).body.Code, 'IdempotentParameterMismatch');
});

test('the product\'s DryRun then its real call both pass under dryRunToken=claim, and the update applies once', async t => {
	const sandbox = await startSandbox({faults: {dryRunToken: 'claim'}, updatingMs: 0});
	t.teardown(async () => sandbox.close());
	const api = createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials, regionId: 'cn-hangzhou'});
	const {server} = await api.getIpsecServer('cn-hangzhou', demoServerIds.busy);
	const plan = {regionId: 'cn-hangzhou', ipsecServerId: server!.ipsecServerId, vpnGatewayId: server!.vpnGatewayId, clientToken: 'plan-token-7', params: {clientIpPool: '10.253.0.0/24'}, synchronous: false};
	t.true((await api.updateIpsecServer(plan, {dryRun: true})).dryRun);
	t.false((await api.updateIpsecServer(plan)).dryRun);
	t.deepEqual(sandbox.inspect.appliedUpdates().map(update => update.clientToken), ['plan-token-7']);
});
