// Over a slow SSH link keys typed ahead arrive in one read. Every one of them must count, in order.
import test from 'ava';
import {keys, renderEditFlow, waitFor, waitForFrame} from './harness.js';

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
