import test from 'ava';
import {colorAllowed, isUtf8Locale, notInteractiveMessage, terminalCapabilities, wrapWords} from '../../source/cli/terminal-capabilities.js';

test('Unicode only with a UTF-8 locale, LC_ALL first, then LC_CTYPE, then LANG', t => {
	t.true(isUtf8Locale({LANG: 'en_US.UTF-8'}));
	t.true(isUtf8Locale({LC_CTYPE: 'C.utf8', LANG: 'C'}));
	t.false(isUtf8Locale({LC_ALL: 'C', LANG: 'en_US.UTF-8'}));
	t.false(isUtf8Locale({LANG: 'C'}));
	t.false(isUtf8Locale({}));
});

test('colour is off with NO_COLOR, --no-color or TERM=dumb', t => {
	t.true(colorAllowed({TERM: 'xterm-256color'}, true));
	t.false(colorAllowed({NO_COLOR: '1'}, true));
	t.false(colorAllowed({NO_COLOR: ''}, true));
	t.false(colorAllowed({}, false));
	t.false(colorAllowed({TERM: 'dumb'}, true));
});

test('interactive only when stdin and stdout are both terminals', t => {
	t.true(terminalCapabilities({}, true, {stdinIsTty: true, stdoutIsTty: true}).interactive);
	t.false(terminalCapabilities({}, true, {stdinIsTty: false, stdoutIsTty: true}).interactive);
	t.false(terminalCapabilities({}, true, {stdinIsTty: true, stdoutIsTty: false}).interactive);
});

test('the non-terminal sentence says what is missing, ssh -t, and the status command', t => {
	const message = notInteractiveMessage({stdinIsTty: false, stdoutIsTty: true});
	t.regex(message, /standard input/);
	t.regex(message, /ssh -t/);
	t.regex(message, /ipsec-wizard status/);
	t.regex(notInteractiveMessage({stdinIsTty: true, stdoutIsTty: false}), /standard output/);
});

test('the non-terminal message is wrapped to the width, never mid-word, 80 columns when unknown', t => {
	const streams = {stdinIsTty: false, stdoutIsTty: false};
	const sentence = notInteractiveMessage(streams).replaceAll('\n', ' ');
	for (const columns of [80, 60, 40]) {
		const lines = notInteractiveMessage(streams, columns).split('\n');
		t.true(lines.length > 1, `wrapped at ${columns}`);
		t.true(lines.every(line => line.length <= columns), lines.join('\n'));
		t.is(lines.join(' '), sentence, 'the words are all there, none cut');
	}

	t.true(notInteractiveMessage(streams).split('\n').every(line => line.length <= 80));
	t.is(wrapWords('a-very-long-word b', 5), 'a-very-long-word\nb');
});
