import test from 'ava';
import React, {useState} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {KeyboardProvider, useScreenKeys} from '../../../source/ui/shell/keyboard.js';
import {settled, waitForFrame, waitForText, waitUntil} from '../flow/harness.js';

function Typist({name}: {name: string}) {
	const [typed, setTyped] = useState('');
	useScreenKeys(input => {
		setTyped(previous => previous + input);
	});
	return (
		<Text>
			{name}:{typed}
		</Text>
	);
}

function Host({overlay}: {overlay: boolean}) {
	return (
		<>
			<Typist name="screen" />
			{overlay ? <Typist name="overlay" /> : undefined}
		</>
	);
}


test('an overlay takes the keys, and when it closes the screen below gets them again', async t => {
	const intents = {onAbort() {}, onBack() {}, onHelp() {}};
	const instance = render(
		<KeyboardProvider intents={intents}>
			<Host overlay={false} />
		</KeyboardProvider>,
	);
	await settled(instance);
	instance.stdin.write('a');
	await waitForText(instance, 'screen:a');
	instance.rerender(
		<KeyboardProvider intents={intents}>
			<Host overlay />
		</KeyboardProvider>,
	);
	await waitForText(instance, 'overlay:');
	instance.stdin.write('b');
	await waitForText(instance, 'overlay:b');
	t.regex(instance.lastFrame() ?? '', /screen:a\n.*overlay:b/s);
	instance.rerender(
		<KeyboardProvider intents={intents}>
			<Host overlay={false} />
		</KeyboardProvider>,
	);
	await waitForFrame(instance, frame => !frame.includes('overlay'), 'the overlay gone');
	instance.stdin.write('c');
	await waitForText(instance, 'screen:ac');
	t.regex(instance.lastFrame() ?? '', /screen:ac/);
	instance.unmount();
});

test('Ctrl+C and ? are global intents; ? is typed while a text field has focus', async t => {
	const calls: string[] = [];
	const intents = {onAbort: () => calls.push('abort'), onBack: () => calls.push('back'), onHelp: () => calls.push('help')};
	function Field({captures}: {captures: boolean}) {
		const [typed, setTyped] = useState('');
		useScreenKeys(input => setTyped(previous => previous + input), {capturesText: captures});
		return <Text>typed:{typed}</Text>;
	}

	const instance = render(
		<KeyboardProvider intents={intents}>
			<Field captures={false} />
		</KeyboardProvider>,
	);
	await settled(instance);
	instance.stdin.write('?');
	await waitUntil(() => calls.length === 1, 'help');
	instance.stdin.write('\u0003');
	await waitUntil(() => calls.length === 2, 'abort');
	t.deepEqual(calls, ['help', 'abort']);
	instance.rerender(
		<KeyboardProvider intents={intents}>
			<Field captures />
		</KeyboardProvider>,
	);
	await settled(instance);
	instance.stdin.write('?');
	await waitForText(instance, 'typed:?');
	t.deepEqual(calls, ['help', 'abort']);
	instance.unmount();
});
