import test from 'ava';
import React from 'react';
import {render} from 'ink-testing-library';
import {Screen} from '../../../source/ui/shell/screen.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';
import {Line} from '../../../source/ui/shell/line.js';

const frame = (unicode: boolean, sandbox = true) => {
	const instance = render(
		<UiEnvironmentProvider value={{sandbox, unicode, color: false, symbols: symbolsFor(unicode)}}>
			<Screen step={2} serverLabel="office (iss-1)" hints={['Enter choose', 'Esc back', '? help']}>
				<Line text={`Gateway ${'x'.repeat(200)} — end`} />
			</Screen>
		</UiEnvironmentProvider>,
	);
	const text = instance.lastFrame() ?? '';
	instance.unmount();
	return text;
};

test('the frame: sandbox banner, step of ten, label, hints joined', t => {
	const text = frame(true);
	t.regex(text, /SANDBOX: nothing real is changed/);
	t.regex(text, /Step 2 of 10 · Pick the server/);
	t.regex(text, /Enter choose · Esc back · \? help/);
});

test('no banner outside the sandbox', t => {
	t.notRegex(frame(true, false), /SANDBOX/);
});

test('ASCII terminals get ASCII only, long lines cut with ...', t => {
	const text = frame(false);
	t.notRegex(text, /[^\u0000-\u007F]/u);
	t.regex(text, /Step 2 of 10 \| Pick the server/);
	t.regex(text, /x\.\.\.$/m);
});

test('every line fits the terminal width', t => {
	for (const line of frame(true).split('\n')) {
		t.true([...line].length <= 100, line);
	}
});
