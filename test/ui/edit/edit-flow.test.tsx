import test from 'ava';
import {harnessTokenNamespace, keys, press, pressQuietly, renderEditFlow, waitFor, waitForFrame} from './harness.js';
import {loadedPsk} from './fixtures.js';
import {clientTokenFor} from '../../../source/domain/client-token.js';

// Fields per step with a loaded server: Basics 3, Phase 1 8, Phase 2 4, Authentication 2, When to apply 1.
const enterPerStep = {basics: 3, ike: 8, ipsec: 4, auth: 2, apply: 1} as const;

async function enterThroughAll(instance: Awaited<ReturnType<typeof renderEditFlow>>) {
	const total = Object.values(enterPerStep).reduce((sum, count) => sum + count, 0);
	for (let index = 0; index < total; index++) {
		await press(instance, keys.enter);
	}
}

test('Enter through every step of a loaded server changes nothing', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await enterThroughAll(instance);
	const frame = await waitForFrame(instance, 'Nothing to change');
	t.true(frame.includes('Step 8 of 10'));
	t.deepEqual(instance.events.steps, ['ike', 'ipsec', 'auth', 'apply', 'review']);
	await pressQuietly(instance, keys.enter);
	await waitFor(() => instance.events.nothingToChange === 1, 'finish');
	t.is(instance.events.submitted, undefined);
	instance.unmount();
});

test('an invalid client pool is reported while typing and Enter does not move on until it is fixed', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.tab, keys.tab);
	await waitForFrame(instance, 'ClientIpPool');
	await press(instance, keys.ctrlU, '192.168.5.0/24');
	const invalid = await waitForFrame(instance, 'overlaps');
	t.regex(invalid, /192\.168\.5\.0\/24/);
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Fix this to go on');
	t.deepEqual(instance.events.steps, []);
	await press(instance, keys.ctrlU, '10.30.0.0/24');
	await waitFor(() => !(instance.lastFrame() ?? '').includes('overlaps'), 'the message to go');
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Phase 1 (IKE)');
	t.deepEqual(instance.events.steps, ['ike']);
	instance.unmount();
});

test('changing IkeEncAlg to aes256 and IpsecPfs to group14 shows exactly those two changes', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.enter, keys.enter, keys.enter);
	await waitForFrame(instance, 'IKE version');
	await press(instance, keys.enter, keys.enter);
	await waitForFrame(instance, 'IkeEncAlg');
	// aes, aes192, aes256: two down.
	await press(instance, keys.down, keys.down);
	await waitForFrame(instance, /❯ aes256/);
	await press(instance, keys.enter);
	await waitForFrame(instance, 'Phase 1 encryption: aes256 (was aes)');
	for (let index = 0; index < 5; index++) {
		await press(instance, keys.enter);
	}

	await waitForFrame(instance, 'IpsecEncAlg');
	await press(instance, keys.enter, keys.enter);
	await waitForFrame(instance, 'IpsecPfs');
	// disabled, group1, group2 (current), group5, group14.
	await press(instance, keys.down, keys.down);
	await press(instance, keys.enter, keys.enter);
	await waitForFrame(instance, 'Authentication');
	await press(instance, keys.enter, keys.enter, keys.enter);
	const review = await waitForFrame(instance, 'Changes (2)');
	t.regex(review, /Phase 1 encryption: aes \S+ aes256/);
	t.regex(review, /Phase 2 PFS: group2 \S+ group14/);
	t.regex(review, /Asynchronous/);
	t.regex(review, /aliyun vpc UpdateIpsecServer/);
	await pressQuietly(instance, keys.enter);
	await waitFor(() => instance.events.submitted !== undefined, 'submit');
	const {plan, edited} = instance.events.submitted!;
	t.is(edited.ikeConfig.ikeEncAlg, 'aes256');
	t.is(edited.ipsecConfig.ipsecPfs, 'group14');
	t.deepEqual(Object.keys(plan.params).sort(), ['ikeConfig', 'ipsecConfig']);
	t.is(plan.clientToken, clientTokenFor({namespace: harnessTokenNamespace, attempt: 0}, plan), 'the token named by the request in this attempt');
	instance.unmount();
});

test('`r` on Phase 1 applies the recommended preset in one keystroke', async t => {
	const instance = await renderEditFlow({step: 'ike'});
	await waitForFrame(instance, 'IKE version');
	await press(instance, 'r');
	const frame = await waitForFrame(instance, 'Preset applied');
	t.regex(frame, /Phase 1 encryption: aes256 \(was aes\)/);
	t.regex(frame, /Phase 1 integrity: sha256 \(was sha1\)/);
	t.regex(frame, /Phase 1 DH group: group14 \(was group2\)/);
	t.is(instance.events.draft?.ikeEncAlg, 'aes256');
	instance.unmount();
});

test('`r` on Phase 2 applies the recommended preset', async t => {
	const instance = await renderEditFlow({step: 'ipsec'});
	await waitForFrame(instance, 'IpsecEncAlg');
	await press(instance, 'r');
	await waitForFrame(instance, 'Preset applied');
	t.like(instance.events.draft, {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14'});
	instance.unmount();
});

// Finding 8: the presets did not touch the Phase 2 lifetime (86400), and the review warned about it.
test('`r` on Phase 1 and Phase 2, then the review: the change carries no advice about either phase', async t => {
	const instance = await renderEditFlow({step: 'ike'});
	await waitForFrame(instance, 'IKE version');
	await press(instance, 'r');
	await waitForFrame(instance, 'Preset applied');
	for (let index = 0; index < enterPerStep.ike; index++) {
		await press(instance, keys.enter);
	}

	await waitForFrame(instance, 'IpsecEncAlg');
	await press(instance, 'r');
	const phase2 = await waitForFrame(instance, 'Preset applied');
	t.regex(phase2, /Phase 2 lifetime: 3600 \(was 86400\)/);
	for (let index = 0; index < enterPerStep.ipsec + enterPerStep.auth + enterPerStep.apply; index++) {
		await press(instance, keys.enter);
	}

	const review = await waitForFrame(instance, /Changes \(\d+\)/);
	t.regex(review, /Phase 2 lifetime: 86400 s \(24 h\) \S+ 3600 s \(1 h\)/);
	t.false(review.includes('⚠'), review);
	instance.unmount();
});

test('Esc goes back a step and keeps what was typed', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.ctrlU, 'branch-vpn');
	await press(instance, keys.enter, keys.enter, keys.enter);
	await waitForFrame(instance, 'Phase 1 (IKE)');
	await pressQuietly(instance, keys.escape);
	const frame = await waitForFrame(instance, 'Step 3 of 10');
	t.regex(frame, /branch-vpn/);
	t.is(instance.events.draft?.ipsecServerName, 'branch-vpn');
	await pressQuietly(instance, keys.escape);
	await waitFor(() => instance.events.exitedBack === 1, 'Esc on Basics to leave the edit flow');
	instance.unmount();
});

test('a pasted value with a trailing newline is text, not Enter', async t => {
	const instance = await renderEditFlow();
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.tab);
	await waitForFrame(instance, 'LocalSubnet');
	await press(instance, keys.ctrlU, '192.168.0.0/24\r\n192.168.2.0/24\r\n');
	const frame = await waitForFrame(instance, '192.168.0.0/24 192.168.2.0/24');
	t.regex(frame, /Step 3 of 10/);
	t.deepEqual(instance.events.steps, []);
	t.is(instance.events.draft?.localSubnet, '192.168.0.0/24 192.168.2.0/24');
	instance.unmount();
});

test('the PSK is in no frame unless revealed', async t => {
	const instance = await renderEditFlow({step: 'auth'});
	await waitForFrame(instance, 'Key in use');
	const typed = 'N3wSecretKey-2026';
	await press(instance, keys.down);
	await waitForFrame(instance, 'New key: (empty)');
	await press(instance, keys.enter);
	await waitForFrame(instance, 'type or paste the new key');
	await press(instance, typed);
	await waitForFrame(instance, '•'.repeat(typed.length));
	t.false(instance.frames.some(frame => frame.includes(loadedPsk) || frame.includes(typed)), 'nothing revealed yet');
	await press(instance, keys.ctrlR);
	await waitForFrame(instance, typed);
	await press(instance, keys.ctrlR);
	await waitFor(() => !(instance.lastFrame() ?? '').includes(typed), 'hidden again');
	await press(instance, keys.enter, keys.enter);
	await waitForFrame(instance, 'When to apply');
	await press(instance, keys.enter);
	const review = await waitForFrame(instance, 'Changes (1)');
	t.regex(review, /hidden \S+ changed/);
	await press(instance, 'd');
	await waitForFrame(instance, 'Up/Down scroll');
	while (!(instance.lastFrame() ?? '').includes('--ClientToken')) {
		await press(instance, keys.down);
	}

	t.regex(instance.lastFrame() ?? '', /--Psk\s+'<redacted>'/);
	const frames = instance.frames.slice(instance.frames.findIndex(frame => frame.includes('When to apply')));
	t.false(frames.some(frame => frame.includes(typed) || frame.includes(loadedPsk)));
	instance.unmount();
});
