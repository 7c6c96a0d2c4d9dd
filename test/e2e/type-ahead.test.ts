// A quick typist presses the next key the moment the screen answers the last one. No key may be
// lost, least of all right after a new step appears.
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {launchWizard} from '../support/wizard-process.js';
import {stepHeading, waitForStep} from '../support/wizard-journey.js';

test('Enter pressed as soon as each field or step appears always moves on (no key is swallowed)', async t => {
	const {session} = launchWizard({args: ['--sandbox', '--region', 'cn-hangzhou', '--server', demoServerIds.modern]});
	t.teardown(async () => session.kill());
	await waitForStep(session, 3, 20_000);
	const focusedLabels: string[] = [];
	for (let press = 0; press < 25 && !session.screenText().includes(stepHeading(8)); press++) {
		const before = session.screenText();
		focusedLabels.push(/^❯ (.+?) \(/m.exec(before)?.[1] ?? '?');
		session.enter();
		// Deliberately no second press: a swallowed Enter leaves the screen as it was.
		await session.waitForScreenChange(before, {timeout: 5000}).catch(() => {
			t.fail(`Enter on "${focusedLabels.at(-1)}" was swallowed after: ${focusedLabels.join(' > ')}`);
		});
		if (session.screenText() === before) {
			return;
		}
	}

	t.true(session.screenText().includes(stepHeading(8)));
});

test('keys typed the moment the first screen shows are not echoed over it (the wizard may still be loading)', async t => {
	const {session} = launchWizard({args: ['--sandbox']});
	t.teardown(async () => session.kill());
	await session.waitForText('SANDBOX: nothing real is changed', {timeout: 20_000});
	session.write('zqzq');
	await session.waitForText('pick the region', {timeout: 20_000});
	t.false(session.rawText().includes('zqzq'), 'the terminal echoed keys typed while the wizard started');
	t.false(session.screenText().includes('zqzq'));
});
