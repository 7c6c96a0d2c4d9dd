// Over a slow SSH link keys typed ahead arrive in one read. Every one of them must count, in order.
import test from 'ava';
import {keys, press, renderEditFlow, waitFor, waitForFrame} from './harness.js';

test('a burst of Enters typed ahead walks through every step, each Enter counted once', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	// Basics 3, Phase 1 8, Phase 2 4, Authentication 2, When to apply 1: one write, as one read.
	instance.stdin.write(keys.enter.repeat(18));
	const frame = await waitForFrame(instance, 'Nothing to change');
	t.true(frame.includes('Step 8 of 10'));
	t.deepEqual(instance.events.steps, ['ike', 'ipsec', 'auth', 'apply', 'review']);
	instance.unmount();
});

test('"Down, Enter" typed ahead picks the choice below, on the step the previous keys opened', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	// Three Enters leave Basics; on Phase 1 the first list is IkeVersion. Down then Enter chooses the
	// other version and moves on to IkeMode — all in one write.
	instance.stdin.write(`${keys.enter.repeat(3)}${keys.down}${keys.enter}`);
	await waitFor(() => instance.events.steps.includes('ike'), 'Phase 1');
	const frame = await waitForFrame(instance, /IKE version: ikev\d \(was ikev\d\)/);
	t.regex(frame, /IKE mode \(IkeMode\)/);
	instance.unmount();
});

test('keys typed into a field back to back all reach the draft, in order, and each is drawn', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	// Each key its own read, written without waiting: the form draws a key before the App hears of it.
	for (const data of [keys.ctrlU, 'e', 'u', '-', 'o', 'p', 's', keys.backspace, 's']) {
		instance.stdin.write(data);
	}

	await waitFor(() => instance.events.draft?.ipsecServerName === 'eu-ops', 'the draft to hold every key');
	t.regex(await waitForFrame(instance, /eu-ops(?!s)/), /IpsecServerName/);
	instance.unmount();
});

test('an Enter typed right after an invalid key is refused by that key\'s checks, not the ones before it', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.tab, keys.tab);
	await waitForFrame(instance, '(ClientIpPool)');
	await press(instance, keys.ctrlU);
	// A valid pool, then one key that makes it invalid and Enter at once, each its own read.
	for (const data of ['1', '9', '2', '.', '1', '6', '8', '.', '7', '7', '.', '0', '/', '2', '4', '0', keys.enter]) {
		instance.stdin.write(data);
	}

	const refused = await waitForFrame(instance, 'Fix this to go on');
	t.true(refused.includes('192.168.77.0/240'));
	t.deepEqual(instance.events.steps, [], 'still on Basics');
	instance.unmount();
});
