import test from 'ava';
import {generatePsk} from '../../../source/domain/index.js';
import {context} from './fixtures.js';
import {harnessRandomBytes, keys, press, pressQuietly, renderEditFlow, waitFor, waitForFrame} from './harness.js';

test('a submit error is shown first on the review, with its code and RequestId', async t => {
	const notice = {kind: 'error' as const, lines: ['The gateway is busy with another change (VpnGateway.Configuring).', 'RequestId: 5C0FA3F0-7E1B-4C8A']};
	const instance = await renderEditFlow({step: 'review', notice, edits: {ikeEncAlg: 'aes256'}});
	const frame = await waitForFrame(instance, 'VpnGateway.Configuring');
	const rows = frame.split('\n');
	t.true(rows.findIndex(row => row.includes('VpnGateway.Configuring')) < rows.findIndex(row => row.includes('Changes (1)')));
	t.regex(frame, /RequestId: 5C0FA3F0/);
	instance.unmount();
});

test('a draft that cannot be sent says why and offers the step to fix it', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {clientIpPool: '192.168.9.0/24'}});
	const frame = await waitForFrame(instance, 'must be fixed');
	t.regex(frame, /Client IP pool: .*overlaps/);
	t.notRegex(frame, /Submit/);
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Step 3 of 10');
	t.deepEqual(instance.events.steps, ['basics']);
	instance.unmount();
});

test('"Go back to a step" lets the user pick the step, and Esc returns to the choices', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeEncAlg: 'aes256'}});
	await waitForFrame(instance, 'Submit this change');
	await press(instance, keys.down, keys.enter);
	await waitForFrame(instance, 'Go back to which step?');
	await pressQuietly(instance, keys.escape);
	await waitFor(() => !(instance.lastFrame() ?? '').includes('Go back to which step?'), 'the choices again');
	t.deepEqual(instance.events.steps, []);
	// The list remembers where the user was.
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Go back to which step?');
	await press(instance, keys.down, keys.down, keys.enter);
	await waitForFrame(instance, 'Step 5 of 10');
	t.deepEqual(instance.events.steps, ['ipsec']);
	instance.unmount();
});

test('a step\'s number on the review goes straight to that step, keeping the edits', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeEncAlg: 'aes256'}});
	const review = await waitForFrame(instance, 'Submit this change');
	t.regex(review, /3-7 go to step/);
	await press(instance, '6');
	await waitForFrame(instance, 'Step 6 of 10');
	t.deepEqual(instance.events.steps, ['auth']);
	t.is(instance.events.draft?.ikeEncAlg, 'aes256');
	instance.unmount();
	const picking = await renderEditFlow({step: 'review'});
	await waitForFrame(picking, 'Finish: nothing to change');
	await press(picking, keys.down, keys.enter);
	await waitForFrame(picking, 'Go back to which step?');
	// Only the edit steps' numbers: 2 (the picker), 8 (the review itself) and 9 are not among them.
	for (const ignored of ['2', '8', '9']) {
		await pressQuietly(picking, ignored);
	}

	await press(picking, '4');
	await waitForFrame(picking, 'Step 4 of 10');
	t.deepEqual(picking.events.steps, ['ike']);
	picking.unmount();
});

test('Cancel on the review submits nothing', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeEncAlg: 'aes256'}});
	await waitForFrame(instance, 'Submit this change');
	await press(instance, keys.down, keys.down);
	await pressQuietly(instance, keys.enter);
	await waitFor(() => instance.events.cancelled === 1, 'cancel');
	t.is(instance.events.submitted, undefined);
	instance.unmount();
});

test('`d` shows every detail in a scrolling view of the same height, and goes back', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeEncAlg: 'aes256', effectImmediately: true}});
	await waitForFrame(instance, 'Submit this change');
	await press(instance, 'd');
	const top = await waitForFrame(instance, 'Up/Down scroll');
	t.regex(top, /3\s+online\s+clients\s+are\s+disconnected/);
	t.notRegex(top, /Submit this change/);
	const seen = [top];
	while (!(instance.lastFrame() ?? '').includes('--ClientToken')) {
		await press(instance, keys.down);
		seen.push(instance.lastFrame() ?? '');
	}

	t.regex(instance.lastFrame() ?? '', /--EffectImmediately\s+true/);
	t.true(seen.every(frame => frame.split('\n').length <= 24));
	await press(instance, 'd');
	await waitForFrame(instance, 'Submit this change');
	instance.unmount();
});

test('a generated key is masked, shown on Ctrl+R, and its consequence is on the review', async t => {
	const instance = await renderEditFlow({step: 'auth'});
	await waitForFrame(instance, 'Key in use');
	await press(instance, keys.down, keys.down);
	await waitForFrame(instance, 'New key: ••••••••');
	// The harness's random source, so the expected key can be made here too.
	const expected = generatePsk(harnessRandomBytes);
	t.false(instance.frames.some(frame => frame.includes(expected)));
	await press(instance, keys.ctrlR);
	await waitForFrame(instance, expected);
	await press(instance, keys.ctrlR);
	await press(instance, keys.enter, keys.enter);
	await waitForFrame(instance, 'When to apply');
	await press(instance, keys.enter);
	const review = await waitForFrame(instance, 'Changes (1)');
	t.regex(review, /Pre-shared key: hidden \S+ changed/);
	t.regex(review, /new pre-shared key/);
	t.false(review.includes(expected));
	instance.unmount();
});

test('When to apply says what happens to the clients online now', async t => {
	const instance = await renderEditFlow({step: 'apply'});
	const later = await waitForFrame(instance, '3 clients are connected now');
	t.regex(later, /stay connected/);
	await press(instance, keys.down);
	await waitForFrame(instance, 'disconnects them');
	t.is(instance.events.draft?.effectImmediately, true);
	instance.unmount();
});

test('Enter on a choice list moves exactly one field on', async t => {
	const instance = await renderEditFlow({step: 'ike'});
	await waitForFrame(instance, 'IkeVersion');
	await press(instance, keys.enter);
	const frame = await waitForFrame(instance, 'IkeMode');
	t.regex(frame, /IKE version: ikev2/);
	t.regex(frame, /Phase 1 encryption: aes/);
	instance.unmount();
});

test('`?` typed in a text field is text, not help', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'IpsecServerName');
	await press(instance, '?');
	await waitForFrame(instance, 'office-vpn?');
	t.is(instance.events.helps, 0);
	instance.unmount();
});

test('turning the pre-shared key off is refused without IDaaS two-factor login and accepted with it', async t => {
	const without = await renderEditFlow({step: 'auth'});
	await waitForFrame(without, 'Key in use');
	await press(without, keys.tab, keys.up);
	await waitForFrame(without, /no IDaaS\s+two-factor login/);
	await press(without, keys.enter);
	await waitForFrame(without, 'Fix this to go on');
	t.deepEqual(without.events.steps, []);
	without.unmount();

	const withIdaas = await renderEditFlow({step: 'auth', context: {...context, multiFactorAuthEnabled: true, idaasInstanceId: 'idaas-cn-hangzhou-0001'}});
	await waitForFrame(withIdaas, 'Key in use');
	await press(withIdaas, keys.tab, keys.up, keys.enter);
	await waitForFrame(withIdaas, 'When to apply');
	t.false(withIdaas.events.draft?.pskEnabled);
	withIdaas.unmount();
});
