// What the service or the keyboard sends that the wizard must not obey: a server name with a
// title sequence, keys Ink cannot name (Ctrl+F1), colour sequences pasted into a field, names in
// wide characters. In a real terminal, as a person would meet them.
import test from 'ava';
import stringWidth from 'string-width';
import {demoServerIds, wideServerName} from '../../source/sandbox/seed/demo-region.js';
import {launchAgainst, startScene} from '../support/e2e-fixture.js';
import {startTestSandbox} from '../support/test-sandbox.js';
import type {PtySession} from '../support/pty-session.js';
import {launchWizard} from '../support/wizard-process.js';
import {choose, enterUntil, focusField, pressAndWait, replaceText, stepHeading, statusTexts, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const regionId = 'cn-hangzhou';
const hostileName = 'evil\u001B]0;pwned\u0007-admins';
const ctrlF1 = '\u001B[1;5P';

/** Every title the program set, as the terminal saw it. */
function titlesOf(session: PtySession): string[] {
	const titles: string[] = [];
	session.terminal.onTitleChange(title => titles.push(title));
	return titles;
}

test.serial('a server name carrying a title sequence never changes the terminal title; the name shows with its control characters visible', async t => {
	const sandbox = await startTestSandbox();
	t.teardown(async () => sandbox.close());
	// Named so before the wizard starts, as if the customer had named it so.
	sandbox.inspect.mutateServer(demoServerIds.modern, {ipsecServerName: hostileName});
	const {session} = launchAgainst(t, sandbox, {regionId});
	const titles = titlesOf(session);
	await waitForStep(session, 2, 20_000);
	session.type('evil');
	await session.waitForText('evil␛]0;pwned␇-admins');
	// Enter once the filter has been applied: typed in the same read, it would be part of the text.
	await session.waitForText('1 shown');
	await pressAndWait(session, '\r');
	const basics = await waitForStep(session, 3, 20_000);
	t.true(basics.includes('evil␛]0;pwned␇-admins (iss-'), 'the frame names the server, neutralised');
	t.deepEqual(titles, [], 'the title was never set');
	t.false(session.rawText().includes('\u001B]0;pwned'), 'the sequence was never written');
});

test.serial('Ctrl+F1 on the picker and on a step, and a pasted colour sequence in a field, are ignored: the wizard goes on', async t => {
	const {session} = launchWizard({args: ['--sandbox', '--region', regionId]});
	t.teardown(async () => session.kill());
	await waitForStep(session, 2, 20_000);
	await session.waitForText(demoServerIds.modern);
	session.write(ctrlF1);
	session.type('platform');
	await session.waitForText('1 shown');
	await pressAndWait(session, '\r');
	await waitForStep(session, 3, 20_000);
	session.write(ctrlF1);
	await focusField(session, 'IpsecServerName');
	await pressAndWait(session, '\u0015');
	session.write('ab\u001B[31mRED');
	const screen = await session.waitForText('abRED');
	t.false(session.hasExited, 'still running');
	t.true(screen.includes(stepHeading(3)));
	// The edit is still there and the step still takes keys.
	await replaceText(session, 'after-ctrl-f1');
	t.false(session.hasExited);
});

for (const cols of [80, 60]) {
	test.serial(`at ${cols} columns the CJK-named server's row keeps the picker's columns`, async t => {
		const {session} = launchWizard({args: ['--sandbox', '--region', regionId], cols});
		t.teardown(async () => session.kill());
		await waitForStep(session, 2, 20_000);
		const screen = await session.waitForText(wideServerName.slice(0, 4));
		// The cell where the ID starts, in the header and in every row.
		const idCell = (line: string, marker: string) => stringWidth(line.slice(0, line.indexOf(marker)));
		const lines = screen.split('\n');
		const header = lines.find(line => /Name\s+ID/.test(line))!;
		const rows = lines.filter(line => /iss-bp1/.test(line));
		t.is(rows.length, 7, screen);
		const starts = new Set(rows.map(line => idCell(line, 'iss-bp1')));
		t.deepEqual([...starts], [idCell(header, 'ID')], screen);
		t.deepEqual(session.wrappedRows(), [], 'no line wider than the terminal');
	});
}

test.serial('Enter pressed while the region list loads takes the highlighted region once the list is drawn', async t => {
	const {session} = await startScene(t, {sandbox: {faults: {latencyMs: 1500}}});
	await session.waitForText('Loading the regions');
	session.enter();
	await session.waitForText(stepHeading(2), {timeout: 20_000});
	t.regex(session.screenText(), /Region cn-hangzhou/);
});

test.serial('after Ctrl+C and y the final line is a line of its own', async t => {
	// A short window: the quit question fills it, and Ink ends such a frame without a newline.
	const {session} = launchWizard({args: ['--sandbox', '--region', regionId, '--server', demoServerIds.busy], rows: 8});
	t.teardown(async () => session.kill());
	// The name field has focus first; only its value fits on this screen.
	await session.waitForText('sales-remote-access', {timeout: 20_000});
	await replaceText(session, 'quit-test');
	session.ctrlC();
	await session.waitForText('Quit anyway? (y/n)');
	session.type('y');
	await session.waitForExit({timeout: 15_000});
	const lines = session.screenText().split('\n');
	t.true(lines.includes('Quit: nothing was changed.'), lines.slice(-3).join('\n'));
});

test.serial('Ctrl+F1 during the live status is ignored, and quitting afterwards still prints the re-attach command', async t => {
	const {session} = await startScene(t, {regionId, serverId: demoServerIds.busy, sandbox: {updatingMs: 60_000}});
	await waitForStep(session, 3, 20_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	await submitFromReview(session);
	await session.waitForText(statusTexts.updating, {timeout: 20_000});
	session.write(ctrlF1);
	session.write('\u001B[31m');
	// Still following: the next poll redraws the elapsed time.
	const before = session.screenText();
	await session.waitForScreenChange(before, {timeout: 10_000});
	t.false(session.hasExited, 'still running');
	session.ctrlC();
	const exit = await session.waitForExit({timeout: 15_000});
	t.is(exit.exitCode, 130);
	t.regex(session.screenText().replaceAll('\n', ''), /Follow it with: ipsec-wizard status/);
});
