// Throttling as a person sees it: the wait counts down on screen (the wait and the whole budget),
// and Esc ends it at once; the call then fails with a sentence and the wizard is back on the
// review with nothing sent again and nothing changed.
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {startScene} from '../support/e2e-fixture.js';
import {callsOf} from '../support/test-sandbox.js';
import {choose, enterUntil, stepHeading, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const notice = /Throttled by the service; trying again in (\d+) s \(up to (\d+) s more\) · Esc stops/;

test('a throttled submit counts down on screen, and Esc stops the wait at once and returns to the review', async t => {
	const {sandbox, session} = await startScene(t, {regionId: 'cn-hangzhou', serverId: demoServerIds.busy});
	await waitForStep(session, 3, 30_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	sandbox.setFaults({throttleRate: 1});
	await submitFromReview(session);

	const first = await session.waitForText(notice, {timeout: 30_000});
	const budgetAtFirst = Number(notice.exec(first)![2]);
	t.true(budgetAtFirst <= 60, 'about a minute in all');
	const later = await session.waitForText(screen => Number(notice.exec(screen)?.[2] ?? Number.POSITIVE_INFINITY) < budgetAtFirst, {timeout: 30_000});
	t.regex(later, notice, 'the budget counts down while the wizard waits');

	const callsAtEsc = sandbox.inspect.calls().length;
	session.escape();
	// The review is drawn over the submit screen line by line: wait until the whole of it is there.
	const review = await session.waitForText(
		screen => screen.includes(stepHeading(8)) && screen.includes('Stopped waiting') && /Nothing was changed/.test(screen) && !notice.test(screen),
		{timeout: 15_000},
	);
	t.regex(review.replaceAll(/\s+/g, ' '), /Stopped waiting while the service was throttling \w+, so it was not sent again; try again in a minute\./);
	t.regex(review.replaceAll(/\s+/g, ' '), /Throttling\.User, RequestId/);
	t.regex(review, /Nothing was changed/);
	t.notRegex(review, notice, 'the countdown is gone');
	t.is(sandbox.inspect.calls().length, callsAtEsc, 'nothing was sent after Esc');
	t.is(callsOf(sandbox, 'UpdateIpsecServer').filter(call => call.status === 200).length, 0);
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
});
