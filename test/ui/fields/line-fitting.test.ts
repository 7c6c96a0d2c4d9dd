import test from 'ava';
import {fitPieces} from '../../../source/ui/fields/fit-pieces.js';
import {initialSelectIndex, selectItems} from '../../../source/ui/fields/select-items.js';
import {terminalText} from '../../../source/ui/fields/terminal-text.js';
import {textWindow} from '../../../source/ui/fields/text-window.js';
import {fitItems} from '../../../source/ui/shell/fit-line.js';

test('a line too wide is cut with the given ellipsis, styles kept up to the cut', t => {
	const pieces = [{text: 'Phase 1 lifetime: ', dim: true}, {text: '86400 (was 28800)'}];
	t.deepEqual(fitPieces(pieces, 80, '...'), pieces);
	t.deepEqual(fitPieces(pieces, 24, '...'), [{text: 'Phase 1 lifetime: ', dim: true}, {text: '864...'}]);
	t.deepEqual(fitPieces(pieces, 20, '...'), [{text: 'Phase 1 lifetime:...', dim: true}]);
	t.deepEqual(fitPieces(pieces, 10, '...'), [{text: 'Phase 1...', dim: true}]);
});

test('ASCII terminals get typographic characters spelled out and the rest as ?', t => {
	t.is(terminalText('0–86400 … aes → aes256', false), '0-86400 ... aes -> aes256');
	t.is(terminalText('办公室', false), '???');
	t.is(terminalText('办公室 …', true), '办公室 …');
});

test('a long value scrolls so the cursor stays visible', t => {
	const value = '192.168.0.0/24,192.168.1.0/24,192.168.2.0/24';
	const atEnd = textWindow(value, value.length, 20);
	t.true(atEnd.clippedStart);
	t.false(atEnd.clippedEnd);
	t.is(atEnd.atCursor, ' ');
	t.true(atEnd.before.length + 1 + atEnd.after.length <= 18);
	const atStart = textWindow(value, 0, 20);
	t.false(atStart.clippedStart);
	t.true(atStart.clippedEnd);
	t.is(atStart.atCursor, '1');
	t.deepEqual(textWindow('abc', 1, 20), {before: 'a', atCursor: 'b', after: 'c', clippedStart: false, clippedEnd: false});
});

test('the loaded value is marked current and starts highlighted', t => {
	const options = [{value: 'aes', label: 'aes'}, {value: 'aes256', label: 'aes256'}];
	t.deepEqual(selectItems(options, 'aes256').map(item => item.label), ['aes', 'aes256 (current)']);
	t.is(initialSelectIndex(options, 'aes256'), 1);
	t.is(initialSelectIndex(options, 'unknown'), 0);
});

test('key hints that do not fit are left out whole, never cut in the middle', t => {
	const hints = ['Enter choose', '3-7 go to step', 'd details', 'Esc back', '? help'];
	t.is(fitItems(hints, 60, ' · ', '…'), 'Enter choose · 3-7 go to step · d details · Esc back');
	t.is(fitItems(hints, 200, ' · ', '…'), hints.join(' · '));
	t.is(fitItems(['a very long single hint'], 10, ' · ', '…'), 'a very lo…');
});
