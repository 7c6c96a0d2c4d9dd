// Issue 9, findings 1, 2, 3, 9: after an update whose answer never arrived the wizard says only
// what it read from the server. Each journey runs the built CLI in a real terminal against the
// sandbox, with the fault that makes the answer go missing.
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import type {CheckOrder} from '../../source/sandbox/sandbox-types.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {launchAgainst, startScene} from '../support/e2e-fixture.js';
import type {PtySession} from '../support/pty-session.js';
import {startTestSandbox} from '../support/test-sandbox.js';
import {choose, enterUntil, highlight, stepHeading, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const regionId = 'cn-hangzhou';
const serverId = demoServerIds.busy;

/** Printed after the program's screen, so the terminal wraps it: read it unwrapped. */
const unwrapped = (session: PtySession): string => session.screenText().replaceAll('\n', '');

const auditLines = (configDir: string): Array<Record<string, unknown>> =>
	readFileSync(path.join(configDir, 'audit.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map(line => JSON.parse(line) as Record<string, unknown>);

async function changeEncryptionAndSubmit(session: PtySession): Promise<void> {
	await waitForStep(session, 3, 30_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	await submitFromReview(session);
}

/** Anything the wizard may end up saying after the lost answer, the wrong things included. */
const settled = /Verified: the server|Applied: the answer|Not applied|Partly applied|Someone changed this server|is active now|nothing was changed/;

for (const order of ['state-first', 'token-first'] as CheckOrder[]) {
	test.serial(`an update applied whose answer is lost (${order}): applied and verified, never "nothing was changed" (finding 2)`, async t => {
		const {sandbox, session, configDir} = await startScene(t, {regionId, serverId, sandbox: {updatingMs: 2500, faults: {loseAnswer: 1, order}}});
		await changeEncryptionAndSubmit(session);
		const screen = await session.waitForText(settled, {timeout: 60_000});
		t.notRegex(screen, /Someone changed this server|nothing was sent|nothing was changed/);
		t.regex(screen, /Verified: the server has exactly|Applied: the answer to the update was lost, but the server has exactly the planned settings/);
		t.is(sandbox.inspect.appliedUpdates().length, 1, 'applied once');
		t.is(sandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg, 'aes256');
		await session.waitForText('what the clients must match', {timeout: 10_000});
		session.enter();
		const exit = await session.waitForExit({timeout: 15_000});
		t.is(exit.exitCode, 0);
		t.notRegex(unwrapped(session), /nothing was changed/);
		const verdicts = auditLines(configDir).map(line => line.verdict);
		t.is(verdicts[0], 'sending', 'the attempt is written before it is sent');
		t.is(verdicts.at(-1), 'verified');
	});
}

test.serial('quitting after a lost answer says the update may have been applied and how to follow it (finding 3)', async t => {
	const {sandbox, session} = await startScene(t, {regionId, serverId, sandbox: {updatingMs: 8000, faults: {loseAnswer: 1, order: 'state-first'}}});
	await changeEncryptionAndSubmit(session);
	let screen = await session.waitForText(text => /No answer came to the update/.test(text) || settled.test(text), {timeout: 60_000});
	if (/is active now/.test(screen)) {
		// What the old wizard offered: wait out the "busy" gateway, then send again.
		session.enter();
		screen = await session.waitForText(/Someone changed this server|Step 10/, {timeout: 30_000});
	}

	session.ctrlC();
	const asked = await session.waitForText(text => /Quit anyway\?/.test(text) || session.hasExited, {timeout: 10_000}).catch(() => '');
	if (/Quit anyway\?/.test(asked) && !session.hasExited) {
		session.type('y');
	}

	await session.waitForExit({timeout: 15_000});
	const out = unwrapped(session);
	t.notRegex(out, /nothing was changed/);
	t.regex(out, /may have been applied/);
	t.regex(out, new RegExp(`ipsec-wizard status --region ${regionId} --gateway vpn-\\S+ --server ${serverId}`));
	t.is(sandbox.inspect.appliedUpdates().length, 1);
});

test.serial('an update that never reached the service, re-attached later, is "not applied" — never "Verified" (finding 1)', async t => {
	const sandbox = await startTestSandbox({updatingMs: 1500});
	t.teardown(async () => sandbox.close());
	const oldPsk = sandbox.inspect.server(serverId)!.psk;
	const first = launchAgainst(t, sandbox, {regionId, serverId});
	await waitForStep(first.session, 3, 30_000);
	await enterUntil(first.session, stepHeading(6));
	await choose(first.session, 'Psk', 'Generate a new random key');
	await toReview(first.session);
	// Every attempt of the real call is cut before it is applied; the DryRun and reads go through.
	sandbox.setFaults({loseRequest: 10});
	await submitFromReview(first.session);
	await first.session.waitForText(text => /No answer came to the update|connection|lost|Not applied/i.test(text) && !/Sending UpdateIpsecServer/.test(text), {timeout: 60_000});
	first.session.ctrlC();
	const asked = await first.session.waitForText(text => /Quit anyway\?/.test(text) || first.session.hasExited, {timeout: 10_000}).catch(() => '');
	if (/Quit anyway\?/.test(asked) && !first.session.hasExited) {
		first.session.type('y');
	}

	await first.session.waitForExit({timeout: 15_000});
	sandbox.setFaults(undefined);
	t.deepEqual(sandbox.inspect.appliedUpdates(), [], 'nothing reached the service');

	const again = launchAgainst(t, sandbox, {regionId, serverId, configDir: first.configDir});
	await again.session.waitForText('An earlier update was not verified', {timeout: 30_000});
	await highlight(again.session, 'Follow it now and verify it');
	again.session.enter();
	const verdict = await again.session.waitForText(/Verified|Not applied|Partly applied|does not have/, {timeout: 60_000});
	t.notRegex(verdict, /Verified/);
	t.regex(verdict, /Not applied: the server still has its old settings/);
	t.is(sandbox.inspect.server(serverId)?.psk, oldPsk);
	// The verdict's line is appended as the verdict is drawn (the program waits for it before it exits).
	const deadline = Date.now() + 15_000;
	while (auditLines(first.configDir).at(-1)?.verdict === 'unknown' && Date.now() < deadline) {
		await new Promise(resolve => setTimeout(resolve, 100));
	}

	const last = auditLines(first.configDir).at(-1)!;
	t.is(last.verdict, 'not-applied');
	t.true((last.changes as Array<{field: string}>).some(change => change.field === 'psk'), 'the audit line names the planned change');
	t.false(readFileSync(path.join(first.configDir, 'audit.jsonl'), 'utf8').includes(oldPsk));
});

test.serial('an audit log that cannot be written is said on screen and in the final lines, and the change still goes through (finding 9)', async t => {
	const sandbox = await startTestSandbox({updatingMs: 1500});
	t.teardown(async () => sandbox.close());
	const run = launchAgainst(t, sandbox, {regionId, serverId});
	mkdirSync(path.join(run.configDir, 'audit.jsonl'), {recursive: true});
	await changeEncryptionAndSubmit(run.session);
	await run.session.waitForText('what the clients must match', {timeout: 60_000});
	t.regex(run.session.screenText().replaceAll('\n', ' '), /could not be written/);
	run.session.enter();
	await run.session.waitForExit({timeout: 15_000});
	const out = unwrapped(run.session);
	t.regex(out, /audit log \S*audit\.jsonl could not be written: there is a folder in its place; the change itself is not undone/);
	t.notRegex(out, /Something unexpected went wrong talking to the service/);
	t.is(sandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg, 'aes256');
});

test.serial('an update cut before it applied, on every attempt: the wizard reads the server and says "Not applied" (finding 1, live)', async t => {
	const {sandbox, session, configDir} = await startScene(t, {regionId, serverId, sandbox: {updatingMs: 1500, faults: {loseRequest: 10}}});
	await changeEncryptionAndSubmit(session);
	const screen = await session.waitForText(settled, {timeout: 90_000});
	t.regex(screen, /Not applied: the server still has its old settings/);
	t.notRegex(screen, /Verified/);
	session.enter();
	t.is((await session.waitForExit({timeout: 15_000})).exitCode, 1);
	t.regex(unwrapped(session), /Not applied/);
	t.deepEqual(sandbox.inspect.appliedUpdates(), []);
	t.deepEqual(auditLines(configDir).map(line => line.verdict), ['sending', 'unknown', 'not-applied']);
});
