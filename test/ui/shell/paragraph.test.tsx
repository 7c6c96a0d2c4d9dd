// One wrap rule for every wrapped message: continuation lines start under the first character of
// the text (past the mark when there is one), at the same column every time.
import React from 'react';
import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {Paragraph} from '../../../source/ui/shell/paragraph.js';
import {wrapLines} from '../../../source/ui/shell/wrap-lines.js';
import {renderSized} from '../edit/render-sized.js';

const frameLines = (frame: string | undefined) => (frame ?? '').replace(/\n$/, '').split('\n');

test('a word that ends exactly at the edge does not push a space onto the next line', t => {
	// "aaaa bbbb cccc ddddd" is exactly 20 columns.
	const screen = renderSized(20, <Paragraph text="aaaa bbbb cccc ddddd eeee ffff" />);
	t.deepEqual(frameLines(screen.lastFrame()), ['aaaa bbbb cccc ddddd', 'eeee ffff']);
	screen.unmount();
});

test('with a mark, every continuation line hangs under the text, whatever the width', t => {
	const text = 'The service refused the change: VpnGateway.Configuring (the gateway is being changed by another request); RequestId 5A1B2C3D-0000-4000-8000-000000000001.';
	for (const columns of [40, 60, 80]) {
		const screen = renderSized(columns, <Paragraph mark="✘" text={text} />);
		const lines = frameLines(screen.lastFrame());
		t.true(lines[0]!.startsWith('✘ The service'), lines[0]);
		for (const line of lines.slice(1)) {
			t.regex(line, /^ {2}\S/, `continuation at two columns: ${JSON.stringify(line)}`);
		}

		t.true(lines.every(line => stringWidth(line) <= columns));
		t.is(lines.map(line => line.slice(2)).join(' '), text, 'every word there, none cut');
		screen.unmount();
	}
});

test('wrapping never makes a line wider than asked and keeps every character, in order', t => {
	fc.assert(
		fc.property(fc.array(fc.stringMatching(/^[a-z总部]{1,12}$/), {maxLength: 30}), fc.integer({min: 12, max: 100}), (words, width) => {
			const lines = wrapLines(words.join(' '), width);
			return lines.every(line => stringWidth(line) <= width) && lines.join('').replaceAll(' ', '') === words.join('');
		}),
	);
	t.pass();
});
