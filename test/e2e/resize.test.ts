// Rapid resizing during the review and the live status leaves one clean frame: no fragment of an
// earlier frame (a second heading, a stray key hint, a line from a wider layout) stays behind.
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import type {PtySession} from '../support/pty-session.js';
import {waitForSettled} from '../support/screen-settle.js';
import {startScene} from '../support/e2e-fixture.js';
import {choose, enterUntil, fill, stepHeading, statusTexts, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const sizes = [
	[60, 24],
	[110, 32],
	[50, 20],
	[96, 28],
	[70, 40],
	[80, 24],
] as const;

/** Resizes in quick succession, each the moment the wizard has answered the last, three rounds. */
async function resizeRapidly(session: PtySession): Promise<string> {
	for (let round = 0; round < 3; round++) {
		for (const [cols, rows] of sizes) {
			const before = session.screenText();
			session.resize(cols, rows);
			await session.waitForScreenChange(before, {timeout: 2000}).catch(() => undefined);
		}
	}

	// The status screen changes on its own (clock, spinner, each poll's RequestId); compare without them.
	const steady = () => session.screenText().replaceAll(/\d+(?::\d\d)+|\d+ s\b|[◐◓◑◒]|[\dA-F]{8}(?:-[\dA-F]{4}){3}-[\dA-F]{12}/g, '#');
	await waitForSettled(session, {view: steady, quietMs: 800});
	return session.screenText();
}

function assertOneFrame(t: {is(a: unknown, b: unknown, m?: string): void; deepEqual(a: unknown, b: unknown, m?: string): void}, session: PtySession, screen: string, step: number, hint: RegExp): void {
	const lines = screen.split('\n');
	t.is(lines.filter(line => /Step \d+ of 10/.test(line)).length, 1, `one heading:\n${screen}`);
	t.is(lines[0]?.startsWith(stepHeading(step)), true, `the heading on the top row:\n${screen}`);
	t.is(lines.filter(line => /Step \d+ of 10/.test(line))[0]?.startsWith(stepHeading(step)), true, screen);
	const hints = lines.findIndex(line => hint.test(line));
	t.is(hints >= 0, true, `the key hints:\n${screen}`);
	t.deepEqual(lines.slice(hints + 1).filter(line => line.trim() !== ''), [], `nothing below the frame:\n${screen}`);
	t.deepEqual(session.wrappedRows(), [], `no line wider than the terminal:\n${screen}`);
}

test.serial('rapid resizing on the review leaves one clean frame', async t => {
	const {session} = await startScene(t, {regionId: 'cn-hangzhou', serverId: demoServerIds.busy, cols: 100, rows: 30});
	await waitForStep(session, 3, 20_000);
	await fill(session, 'IpsecServerName', 'sales-resized');
	await toReview(session);
	await session.waitForText('Enter choose');
	const screen = await resizeRapidly(session);
	assertOneFrame(t, session, screen, 8, /Enter choose/);
});

test.serial('rapid resizing on the live status leaves one clean frame', async t => {
	const {session} = await startScene(t, {regionId: 'cn-hangzhou', serverId: demoServerIds.busy, cols: 100, rows: 30, sandbox: {updatingMs: 60_000}});
	await waitForStep(session, 3, 20_000);
	// A Phase 1 change is applied asynchronously: the gateway goes through updating.
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	await submitFromReview(session);
	await session.waitForText(statusTexts.updating, {timeout: 20_000});
	const screen = await resizeRapidly(session);
	assertOneFrame(t, session, screen, 10, /q leave/);
});
