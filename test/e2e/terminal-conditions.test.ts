// The terminals people actually have: no colour, a C locale, narrow or small windows, a window
// resized mid-step, and text pasted rather than typed. Against the embedded sandbox (--sandbox).
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {bracketedPaste} from '../support/keys.js';
import type {PtySession} from '../support/pty-session.js';
import {launchWizard, type WizardLaunch} from '../support/wizard-process.js';
import {enterUntil, fill, focusField, pressAndWait, stepHeading, waitForStep} from '../support/wizard-journey.js';

const openBusyServer = (launch: WizardLaunch = {}) => {
	const run = launchWizard({...launch, args: ['--sandbox', '--region', 'cn-hangzhou', '--server', demoServerIds.busy, ...(launch.args ?? [])]});
	return run.session;
};

const withSession = (t: {teardown(fn: () => Promise<unknown>): void}, session: PtySession) => {
	t.teardown(async () => session.kill());
	return session;
};

/** Select Graphic Rendition sequences that set a colour (foreground or background, any palette). */
const colorSequences = (raw: string): string[] =>
	[...raw.matchAll(/\u001B\[([\d;]*)m/g)]
		.filter(match => match[1]!.split(';').some(parameter => /^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$/.test(parameter)))
		.map(match => JSON.stringify(match[0]));

/** Every edit step from Basics to the review, checking each screen on the way. */
async function visitEditSteps(session: PtySession, check: (screen: string, step: number) => void): Promise<void> {
	for (let step = 3; step <= 8; step++) {
		check(await waitForStep(session, step, 20_000), step);
		if (step < 8) {
			await enterUntil(session, stepHeading(step + 1));
		}
	}
}

test.serial('NO_COLOR=1: no colour escape sequences anywhere in the output', async t => {
	const session = withSession(t, openBusyServer({env: {NO_COLOR: '1'}}));
	await visitEditSteps(session, () => undefined);
	t.deepEqual(colorSequences(session.rawText()), []);
});

test.serial('LANG=C and LC_ALL=C: not one non-ASCII byte in the output', async t => {
	const session = withSession(t, openBusyServer({env: {LANG: 'C', LC_ALL: 'C'}}));
	await visitEditSteps(session, () => undefined);
	const nonAscii = [...session.rawBytes()].filter(byte => byte > 0x7F).length;
	t.is(nonAscii, 0, `first non-ASCII text: ${JSON.stringify(session.rawText().match(/[^\u0000-\u007F]+/)?.[0])}`);
	t.true(session.screenText().includes(stepHeading(8)));
});

for (const size of [{cols: 60, rows: 24}, {cols: 80, rows: 24}]) {
	test.serial(`${size.cols}x${size.rows}: every step fits (no line wider than the terminal, nothing scrolled off, the heading on top)`, async t => {
		const session = withSession(t, openBusyServer(size));
		await visitEditSteps(session, (screen, step) => {
			t.deepEqual(session.wrappedRows(), [], `step ${step}: no wrapped line`);
			t.is(session.scrolledOffLines(), 0, `step ${step}: nothing scrolled off`);
			const headings = screen.split('\n').filter(line => /Step \d+ of 10/.test(line));
			t.deepEqual(headings.map(line => line.replace(/ · .*/, '')), [stepHeading(step)], `step ${step}: one heading, the current one`);
		});
	});
}

test.serial('a resize mid-step redraws the step to the new width and the step goes on', async t => {
	const session = withSession(t, openBusyServer({cols: 100, rows: 30}));
	await waitForStep(session, 3);
	await enterUntil(session, stepHeading(4));
	await focusField(session, 'IkeEncAlg');
	session.resize(60, 24);
	const screen = await session.waitForText(text => text.includes(stepHeading(4)) && session.wrappedRows().length === 0, {timeout: 10_000});
	t.is(screen.split('\n').filter(line => line.includes('Step 4 of 10')).length, 1);
	t.true(screen.includes('(IkeEncAlg)'), 'the focused field is kept');
	await enterUntil(session, stepHeading(5));
	t.pass();
});

test.serial('a bracketed paste into a text field inserts just the text', async t => {
	const session = withSession(t, openBusyServer());
	await waitForStep(session, 3);
	await focusField(session, 'IpsecServerName');
	await pressAndWait(session, '\u0015');
	session.write(bracketedPaste('sales-pasted-name'));
	const screen = await session.waitForText('sales-pasted-name');
	t.false(screen.includes('[200~') || screen.includes('[201~') || screen.includes('200~'));
	t.true(screen.includes(stepHeading(3)), 'the paste did not move on');
});

test.serial('a burst of characters ending in a newline fills the field and does not press Enter', async t => {
	const session = withSession(t, openBusyServer());
	await waitForStep(session, 3);
	await fill(session, 'ClientIpPool', '');
	session.write('192.168.77.0/24\r');
	const screen = await session.waitForText('192.168.77.0/24');
	t.true(screen.includes('(ClientIpPool)'), 'still on the pool field');
	t.false(screen.includes('✘'), 'the pasted pool is valid as pasted');
	session.enter();
	await session.waitForText(stepHeading(4));
});
