// `ipsec-wizard status` in a real terminal while the gateway is updating: the plain lines, and one
// line below them that counts the wait and is gone once the verdict is printed.
import test from 'ava';
import {createVpcClient} from '../../source/api/vpc-client.js';
import type {UpdatePlan} from '../../source/domain/index.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {startTestSandbox} from '../support/test-sandbox.js';
import {launchWizard, targetArgs, targetEnv} from '../support/wizard-process.js';

const regionId = 'cn-hangzhou';

/** A sandbox with an update under way; `finish()` moves its clock past the update (a minute on). */
async function updateUnderWay(updatingMs: number) {
	let offsetMs = 0;
	const sandbox = await startTestSandbox({updatingMs, now: () => Date.now() + offsetMs});
	const api = createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials});
	const {server} = await api.getIpsecServer(regionId, demoServerIds.modern);
	const plan: UpdatePlan = {
		regionId,
		ipsecServerId: server!.ipsecServerId,
		vpnGatewayId: server!.vpnGatewayId,
		clientToken: 'status-command-test',
		params: {clientIpPool: '10.252.0.0/24'},
		synchronous: false,
	};
	await api.updateIpsecServer(plan);
	return {
		sandbox,
		vpnGatewayId: server!.vpnGatewayId,
		finish() {
			offsetMs = updatingMs + 1000;
		},
	};
}

test.serial('in a terminal, a waiting line counts the seconds of updating, then gives way to the verdict', async t => {
	// The gateway stays `updating` until the test says so, however slowly the machine starts the CLI.
	const {sandbox, vpnGatewayId, finish} = await updateUnderWay(60_000);
	t.teardown(async () => sandbox.close());
	const {session} = launchWizard({
		args: targetArgs(sandbox.target, ['status', '--region', regionId, '--gateway', vpnGatewayId, '--timeout', '60s']),
		env: targetEnv(sandbox.target),
	});
	t.teardown(async () => session.kill());
	await session.waitForText(/Waiting: gateway updating · \d+ s · last look \d\d:\d\d:\d\d/, {timeout: 15_000});
	await session.waitForText(/Waiting: gateway updating · [2-9] s/, {timeout: 15_000});
	finish();
	const exit = await session.waitForExit({timeout: 30_000});
	t.is(exit.exitCode, 0);
	const screen = session.screenText();
	t.regex(screen, /updating \(Normal\)/);
	t.regex(screen, /active \(Normal\)/);
	t.regex(screen, /is active/);
	t.regex(screen, /Ctrl\+C stops watching; the update goes on in the cloud\./);
	t.false(screen.includes('Waiting'), `the waiting line is gone:\n${screen}`);
});

test.serial('Ctrl+C while waiting: exit 130, the waiting line gone, the update left to go on', async t => {
	const {sandbox, vpnGatewayId} = await updateUnderWay(60_000);
	t.teardown(async () => sandbox.close());
	const {session} = launchWizard({
		args: targetArgs(sandbox.target, ['status', '--region', regionId, '--gateway', vpnGatewayId]),
		env: targetEnv(sandbox.target),
	});
	t.teardown(async () => session.kill());
	await session.waitForText('Waiting: gateway updating', {timeout: 15_000});
	session.write('\u0003');
	t.is((await session.waitForExit({timeout: 10_000})).exitCode, 130);
	const screen = session.screenText();
	t.false(screen.includes('Waiting'));
	t.regex(screen.replaceAll('\n', ''), new RegExp(`Stopped watching; the gateway goes on by itself\\. Follow it again with: ipsec-wizard status --region ${regionId} --gateway ${vpnGatewayId}`));
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});
