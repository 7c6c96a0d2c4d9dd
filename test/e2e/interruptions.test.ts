// Leaving at the wrong moment: Ctrl+C mid-edit and mid-poll, the terminal going away (SIGHUP) while
// the gateway updates. The terminal must be given back as it was, and an update in flight must be
// found again by the next launch.
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {launchAgainst, startScene} from '../support/e2e-fixture.js';
import {startPty, type PtySession} from '../support/pty-session.js';
import {childEnvironment} from '../support/child-env.js';
import {cliNode, cliPath, launchWizard} from '../support/wizard-process.js';
import {choose, enterUntil, highlight, stepHeading, statusTexts, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const regionId = 'cn-hangzhou';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';

/** On Phase 1 with a changed field: there are edits to lose. */
async function editSomething(session: PtySession): Promise<void> {
	await waitForStep(session, 3, 20_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
}

/** Ctrl+C, confirming with `y` if the wizard asks. */
async function quit(session: PtySession): Promise<void> {
	session.ctrlC();
	const screen = await session.waitForText(text => /Quit anyway\?/.test(text) || session.hasExited, {timeout: 10_000}).catch(() => '');
	if (/Quit anyway\?/.test(screen) && !session.hasExited) {
		session.type('y');
	}
}

test.serial('Ctrl+C on a middle step asks first, then exits 130 with the terminal restored', async t => {
	// A shell runs the wizard, then reports its exit code and the terminal mode it left behind.
	const command = `"${cliNode}" "${cliPath}" --sandbox --region ${regionId} --server ${demoServerIds.busy}; echo "exit=$?"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo`;
	const session = startPty({command: '/bin/sh', args: ['-c', command], env: childEnvironment()});
	t.teardown(async () => session.kill());
	await editSomething(session);
	session.ctrlC();
	await session.waitForText('Quit anyway? (y/n)');
	t.regex(session.screenText(), /Nothing has been\s+changed on the server/);
	session.type('y');
	await session.waitForExit({timeout: 15_000});
	const screen = session.screenText();
	t.regex(screen, /exit=130/);
	t.regex(screen, /Quit: nothing was changed\./);
	t.regex(screen, /^icanon echo\s*$/m, 'line editing and echo are back on');
	const raw = session.rawText();
	t.true(raw.lastIndexOf(showCursor) > raw.lastIndexOf(hideCursor), 'the cursor is shown again');
});

test.serial('Ctrl+C while the status is polling exits 130 and says how to follow the update', async t => {
	const {session} = await startScene(t, {regionId, serverId: demoServerIds.busy, sandbox: {updatingMs: 60_000}});
	await editSomething(session);
	await toReview(session);
	await submitFromReview(session);
	await session.waitForText(statusTexts.updating, {timeout: 20_000});
	await quit(session);
	const exit = await session.waitForExit({timeout: 15_000});
	t.is(exit.exitCode, 130);
	// Printed after the program's screen, so the terminal wraps it: read it unwrapped.
	t.regex(session.screenText().replaceAll('\n', ''), new RegExp(`Follow it with: ipsec-wizard status --region ${regionId} --gateway vpn-\\S+`));
	const raw = session.rawText();
	t.true(raw.lastIndexOf(showCursor) > raw.lastIndexOf(hideCursor), 'the cursor is shown again');
});

test.serial('SIGHUP while updating: exit 129, and the next launch re-attaches and verifies', async t => {
	const scene = await startScene(t, {regionId, serverId: demoServerIds.busy, sandbox: {updatingMs: 4000}});
	await editSomething(scene.session);
	await toReview(scene.session);
	await submitFromReview(scene.session);
	await scene.session.waitForText(statusTexts.updating, {timeout: 20_000});
	scene.session.signal('SIGHUP');
	t.is((await scene.session.waitForExit({timeout: 15_000})).exitCode, 129);

	const again = launchAgainst(t, scene.sandbox, {regionId, serverId: demoServerIds.busy, configDir: scene.configDir});
	await again.session.waitForText('An earlier update was not verified', {timeout: 20_000});
	await highlight(again.session, 'Follow it now and verify it');
	again.session.enter();
	await again.session.waitForText(statusTexts.verified, {timeout: 30_000});
	t.is(scene.sandbox.inspect.server(demoServerIds.busy)?.ikeConfig.ikeEncAlg, 'aes256');
	t.is(scene.sandbox.inspect.appliedUpdates().length, 1, 'the update was sent once, not again');
});

test.serial('SIGTERM exits 143 and gives the terminal back', async t => {
	const {session} = launchWizard({args: ['--sandbox', '--region', regionId, '--server', demoServerIds.busy]});
	t.teardown(async () => session.kill());
	await waitForStep(session, 3, 20_000);
	session.signal('SIGTERM');
	t.is((await session.waitForExit()).exitCode, 143);
	const raw = session.rawText();
	t.true(raw.lastIndexOf(showCursor) > raw.lastIndexOf(hideCursor));
});
