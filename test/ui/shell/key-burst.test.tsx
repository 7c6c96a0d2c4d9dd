import test from 'ava';
import React, {useState} from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {splitKeyBurst} from '../../../source/ui/shell/key-burst.js';
import {KeyboardProvider, useScreenKeys} from '../../../source/ui/shell/keyboard.js';

const plainKey = splitKeyBurst('a', {} as never)[0]!.key;

test('a run of editing keys is split into single keys, as Ink names each alone', t => {
	const events = splitKeyBurst('\r\t\u007F\r', plainKey);
	t.deepEqual(
		events.map(({input, key}) => [input, key.return, key.tab, key.delete]),
		[
			['', true, false, false],
			['', false, true, false],
			['', false, false, true],
			['', true, false, false],
		],
	);
});

test('text with a newline stays one event: a paste, whose newline is not Enter', t => {
	t.deepEqual(splitKeyBurst('10.0.0.0/24\r', plainKey), [{input: '10.0.0.0/24\r', key: plainKey}]);
	t.deepEqual(splitKeyBurst('\r', plainKey), [{input: '\r', key: plainKey}]);
});

function Counter() {
	const [count, setCount] = useState(0);
	// Reads the rendered count, as screens read their state: a stale handler would lose keys.
	useScreenKeys((_input, key) => {
		if (key.return) {
			setCount(count + 1);
		}
	});
	return <Text>count {count}</Text>;
}

test('three Enters arriving in one read count three times', async t => {
	const instance = render(
		<KeyboardProvider intents={{onAbort() {}, onBack() {}, onHelp() {}}}>
			<Counter />
		</KeyboardProvider>,
	);
	await new Promise(resolve => {
		setImmediate(resolve);
	});
	instance.stdin.write('\r\r\r');
	const started = Date.now();
	while (instance.lastFrame() !== 'count 3' && Date.now() - started < 5000) {
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}

	t.is(instance.lastFrame(), 'count 3');
	instance.unmount();
});
