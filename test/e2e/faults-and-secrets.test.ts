// A bad network day (30% of calls throttled, failed or dropped) must still end in exactly one
// applied update; and nothing the program writes anywhere may contain a secret.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {startScene} from '../support/e2e-fixture.js';
import {choose, enterUntil, stepHeading, statusTexts, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';

const regionId = 'cn-hangzhou';

const filesUnder = (directory: string): string[] =>
	readdirSync(directory).flatMap(name => {
		const file = path.join(directory, name);
		return statSync(file).isDirectory() ? filesUnder(file) : [file];
	});

test.serial('under 30% injected faults the journey completes with exactly one applied update', async t => {
	const {sandbox, session} = await startScene(t, {
		regionId,
		serverId: demoServerIds.busy,
		sandbox: {updatingMs: 1500, faults: {seed: 7, throttleRate: 0.1, serverErrorRate: 0.1, dropRate: 0.1}},
	});
	await waitForStep(session, 3, 60_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes256');
	await toReview(session);
	// When the wizard's own retries run out it says so on the review ("try again"); a person then
	// submits again, which must never apply the change twice.
	let submissions = 0;
	for (; submissions < 6; submissions++) {
		await submitFromReview(session);
		const outcome = await session.waitForText(text => text.includes(statusTexts.verified) || (text.includes(stepHeading(8)) && text.includes('✘')), {timeout: 90_000});
		if (outcome.includes(statusTexts.verified)) {
			break;
		}
	}

	t.log(`submitted ${submissions + 1} time(s)`);
	await session.waitForText(statusTexts.verified, {timeout: 1000});
	t.is(sandbox.inspect.appliedUpdates().length, 1);
	t.is(sandbox.inspect.server(demoServerIds.busy)?.ikeConfig.ikeEncAlg, 'aes256');
	const failed = sandbox.inspect.calls().filter(call => call.status >= 400 && call.code !== 'DryRunOperation');
	t.true(failed.length > 0, 'faults were actually injected');
});

test.serial('a journey that generates a new PSK writes no secret to the screen, the audit log or any file', async t => {
	const {sandbox, session, configDir} = await startScene(t, {regionId, serverId: demoServerIds.busy});
	const oldPsk = sandbox.inspect.server(demoServerIds.busy)!.psk;
	await waitForStep(session, 3);
	await enterUntil(session, stepHeading(6));
	await choose(session, 'Psk', 'Generate a new random key');
	await toReview(session);
	await submitFromReview(session);
	await session.waitForText(statusTexts.verified, {timeout: 30_000});
	session.enter();
	await session.waitForExit();
	const newPsk = sandbox.inspect.server(demoServerIds.busy)!.psk;
	t.not(newPsk, oldPsk, 'the key was changed');

	const secrets = {'old PSK': oldPsk, 'new PSK': newPsk, 'AccessKey secret': sandbox.credentials.accessKeySecret};
	const written: Array<[string, string]> = [
		['terminal output (stdout and stderr)', session.rawText()],
		...filesUnder(configDir).map((file): [string, string] => [path.relative(configDir, file), readFileSync(file, 'utf8')]),
	];
	t.true(written.some(([where]) => where.includes('audit')), 'an audit log was written and is scanned');
	for (const [where, text] of written) {
		for (const [name, secret] of Object.entries(secrets)) {
			t.false(text.includes(secret), `${name} found in ${where}`);
		}
	}
});
