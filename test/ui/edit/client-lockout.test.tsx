// The review warns when a change locks out a kind of client that could connect before.
import test from 'ava';
import {keys, press, renderEditFlow, waitForFrame} from './harness.js';

test('a change to AES-192 says iOS/macOS built-in clients can no longer connect, with the reason', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeEncAlg: 'aes192'}});
	await waitForFrame(instance, 'Submit this change');
	await press(instance, 'd');
	let frame = await waitForFrame(instance, 'Up/Down scroll');
	const seen = [frame];
	while (!frame.includes('--ClientToken')) {
		await press(instance, keys.down);
		frame = instance.lastFrame() ?? '';
		seen.push(frame);
	}

	const text = seen.join('\n').replaceAll(/\s+/g, ' ');
	t.regex(text, /after this change iOS\/macOS built-in IKEv2 \(before 26\) clients can no longer connect: aes192 is not among Apple's EncryptionAlgorithm values/);
	instance.unmount();
});

test('a change that keeps every client kind says nothing about lock-outs', async t => {
	const instance = await renderEditFlow({step: 'review', edits: {ikeLifetime: '28800'}});
	const frame = await waitForFrame(instance, 'Submit this change');
	t.notRegex(frame, /can no longer connect/);
	instance.unmount();
});
