// The throttling countdown and its Esc: the notice's words at each moment, the notifier's
// interruptible sleep, and an Esc-only key registration that leaves every other key to the screen.
import test from 'ava';
import React, {useState} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {RetryEvent} from '../../../source/api/vpc-api.js';
import {createRetryNotifier, RetryStopped, type RetryState} from '../../../source/services/retry-notifier.js';
import {KeyboardProvider, useScreenKeys} from '../../../source/ui/shell/keyboard.js';
import {describeRetry} from '../../../source/ui/flow/retry-notice.js';
import {keys, settled, waitForText} from './harness.js';

const throttledEvent: RetryEvent = {action: 'UpdateIpsecServer', attempt: 3, maxAttempts: 5, delayMs: 4000, code: 'Throttling.User', reason: 'throttled', budgetLeftMs: 56_000};

test('the throttling notice counts down the wait and the budget, and says Esc stops it', t => {
	t.is(describeRetry(throttledEvent), 'Throttled by the service; trying again in 4 s (up to 56 s more) · Esc stops');
	t.is(describeRetry(throttledEvent, {elapsedMs: 2500}), 'Throttled by the service; trying again in 2 s (up to 54 s more) · Esc stops');
	t.is(describeRetry(throttledEvent, {elapsedMs: 4100, waiting: false}), 'Throttled by the service; trying again now (up to 52 s more)');
	t.is(describeRetry(throttledEvent, {separator: ' | '}), 'Throttled by the service; trying again in 4 s (up to 56 s more) | Esc stops');
});

test('other temporary failures keep "attempt n of m"', t => {
	t.is(
		describeRetry({action: 'ListIpsecServers', attempt: 1, maxAttempts: 5, delayMs: 500, code: 'ServiceUnavailable', reason: 'temporary'}),
		'ListIpsecServers: ServiceUnavailable, attempt 2 of 5, waiting 1 s',
	);
});

test('stop() ends every pending wait at once (the sleeps reject), and tells whether there was one', async t => {
	const notifier = createRetryNotifier();
	const states: RetryState[] = [];
	notifier.subscribe(state => states.push(state));
	t.false(notifier.stop());
	notifier.notify(throttledEvent);
	const waits = [notifier.sleep(600_000), notifier.sleep(600_000)];
	t.true(notifier.stop());
	for (const wait of waits) {
		await t.throwsAsync(wait, {instanceOf: RetryStopped});
	}

	t.deepEqual(states.map(state => state.waiting), [false, true, true, false]);
	t.is(states.at(-1)?.latest, throttledEvent);
	await t.notThrowsAsync(notifier.sleep(1));
});

function Screen() {
	const [typed, setTyped] = useState('');
	const [backs, setBacks] = useState(0);
	useScreenKeys(input => setTyped(previous => previous + input), {onBack: () => setBacks(previous => previous + 1)});
	return <Text>typed:{typed} backs:{backs}</Text>;
}

function EscOnly({active}: {active: boolean}) {
	const [stops, setStops] = useState(0);
	useScreenKeys(() => undefined, {isActive: active, onlyBack: true, onBack: () => setStops(previous => previous + 1)});
	return <Text>stops:{stops}</Text>;
}

test('an Esc-only registration takes Esc while active and lets every other key through to the screen', async t => {
	const tree = (active: boolean) => (
		<KeyboardProvider intents={{onAbort() {}, onBack() {}, onHelp() {}}}>
			<Screen />
			<EscOnly active={active} />
		</KeyboardProvider>
	);
	const instance = render(tree(true));
	await settled(instance);
	instance.stdin.write('a');
	await waitForText(instance, 'typed:a backs:0');
	instance.stdin.write(keys.escape);
	await waitForText(instance, 'stops:1');
	t.regex(instance.lastFrame() ?? '', /backs:0/);
	instance.rerender(tree(false));
	await settled(instance);
	instance.stdin.write(keys.escape);
	await waitForText(instance, 'backs:1');
	t.regex(instance.lastFrame() ?? '', /stops:1/);
	instance.unmount();
});
