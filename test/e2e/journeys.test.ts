// Whole journeys through the built wizard against a sandbox the test runs, asserting what the user
// sees and what the service ends up with.
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {reviewChanges, startScene} from '../support/e2e-fixture.js';
import {callsOf} from '../support/test-sandbox.js';
import {renameIpsecServer} from '../support/vpc-sdk-client.js';
import {
	choose,
	enterUntil,
	fill,
	focusField,
	highlight,
	replaceText,
	reviewChoices,
	stepHeading,
	statusTexts,
	submitFromReview,
	toReview,
	waitForStep,
} from '../support/wizard-journey.js';

const regionId = 'cn-hangzhou';

test.serial('(a) Phase 1 aes256 and Phase 2 group14: the review shows exactly those two, the gateway updates and the change is verified', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId: demoServerIds.busy});
	const before = sandbox.inspect.server(demoServerIds.busy)!;
	await waitForStep(session, 3);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await enterUntil(session, stepHeading(5));
	await choose(session, 'IpsecPfs', 'group14');
	const review = await toReview(session);
	t.deepEqual(reviewChanges(review), ['Phase 1 encryption: aes → aes256', 'Phase 2 PFS: group2 → group14']);

	await submitFromReview(session);
	await session.waitForRaw(statusTexts.updating, {timeout: 20_000});
	await session.waitForText(statusTexts.verified, {timeout: 20_000});

	const after = sandbox.inspect.server(demoServerIds.busy)!;
	t.deepEqual(after, {
		...before,
		ikeConfig: {...before.ikeConfig, ikeEncAlg: 'aes256'},
		ipsecConfig: {...before.ipsecConfig, ipsecPfs: 'group14'},
	});
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	// The live status lists each transition with its time; `active` may be up only briefly
	// before the summary, so the whole output is searched.
	const raw = session.rawText();
	t.true(statusTexts.active.test(raw), 'the live status showed the gateway turning active');
	t.true(raw.search(statusTexts.updating) < raw.search(statusTexts.active), 'updating came before active');
	session.enter();
	t.is((await session.waitForExit()).exitCode, 0);
});

test.serial('(b) a name-only change is applied at once and verified without the gateway updating', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId: demoServerIds.modern});
	await waitForStep(session, 3);
	await focusField(session, 'IpsecServerName');
	await replaceText(session, 'platform-admins-eu');
	const review = await toReview(session);
	t.deepEqual(reviewChanges(review), ['Name: platform-admins → platform-admins-eu']);
	await submitFromReview(session);
	await session.waitForText(statusTexts.verified, {timeout: 20_000});
	t.false(statusTexts.updating.test(session.rawText()), 'no updating transition was shown');
	t.is(sandbox.inspect.server(demoServerIds.modern)?.ipsecServerName, 'platform-admins-eu');
	t.is(sandbox.inspect.gateway(sandbox.inspect.server(demoServerIds.modern)!.vpnGatewayId)?.status, 'active');
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});

test.serial('(c) an invalid client pool is refused with its message and can be corrected', async t => {
	const {session} = await startScene(t, {regionId, serverId: demoServerIds.busy});
	await waitForStep(session, 3);
	await fill(session, 'ClientIpPool', '10.0.0.300/24');
	const invalid = await session.waitForText(/✘ \S.*/);
	t.regex(invalid, /✘ .*(CIDR|block|address|valid)/i);
	session.enter();
	const refused = await session.waitForText('Fix this to go on');
	t.true(refused.includes(stepHeading(3)), 'Enter did not move on');
	await replaceText(session, '192.168.77.0/24');
	await session.waitForTextGone('✘');
	session.enter();
	await session.waitForText(stepHeading(4));
	t.pass();
});

test.serial('(d) a DryRun failure (the pool conflicts with the gateway\'s SSL pool) is shown clearly and nothing is changed', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId: demoServerIds.crowdedGateway});
	const before = sandbox.inspect.server(demoServerIds.crowdedGateway)!;
	await waitForStep(session, 3);
	await fill(session, 'ClientIpPool', '10.60.0.0/24');
	await toReview(session);
	await submitFromReview(session);
	const screen = await session.waitForText('VpnRouteEntry.Conflict', {timeout: 20_000});
	t.regex(screen, /ClientIpPool conflicts with a VPN connection or the SSL server/);
	t.regex(screen, /RequestId/);
	t.regex(screen, /Nothing was changed/);
	t.true(screen.includes(stepHeading(8)), 'back on the review, with what was typed');
	t.deepEqual(sandbox.inspect.server(demoServerIds.crowdedGateway), before);
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
	t.is(callsOf(sandbox, 'UpdateIpsecServer').length, 1, 'only the DryRun');
});

test.serial('(e) Enter through every step: nothing to change, exit 0, no UpdateIpsecServer call', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId: demoServerIds.modern});
	await waitForStep(session, 3);
	const review = await toReview(session);
	t.true(review.includes(reviewChoices.finish));
	t.deepEqual(reviewChanges(review), []);
	await highlight(session, reviewChoices.finish);
	session.enter();
	t.is((await session.waitForExit()).exitCode, 0);
	t.regex(session.screenText(), /Nothing to change/);
	t.is(callsOf(sandbox, 'UpdateIpsecServer').length, 0);
});

test.serial('(f) a server changed by someone else between load and submit is caught, and the resubmit keeps their change', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId: demoServerIds.busy, sandbox: {conflictWindowMs: 0}});
	await waitForStep(session, 3);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	await renameIpsecServer(sandbox.target, regionId, demoServerIds.busy, 'sales-renamed-elsewhere');
	t.is(sandbox.inspect.appliedUpdates().length, 1);

	await submitFromReview(session);
	const caught = await session.waitForText('Someone changed this server since it was loaded', {timeout: 20_000});
	t.regex(caught, /Name:? sales-remote-access → sales-renamed-elsewhere/);
	t.deepEqual(reviewChanges(caught), ['Phase 1 encryption: aes → aes256'], 'the review shows only what the user changed');
	t.is(sandbox.inspect.appliedUpdates().length, 1, 'nothing was sent');
	t.is(sandbox.inspect.server(demoServerIds.busy)?.ikeConfig.ikeEncAlg, 'aes');

	await submitFromReview(session);
	await session.waitForText(statusTexts.verified, {timeout: 30_000});
	const after = sandbox.inspect.server(demoServerIds.busy)!;
	t.is(after.ikeConfig.ikeEncAlg, 'aes256');
	t.is(after.ipsecServerName, 'sales-renamed-elsewhere', 'the other change is not overwritten');
});
