import test from 'ava';
import fc from 'fast-check';
import {parseDuration} from '../../source/cli/parse-duration.js';
import {formatDuration} from '../../source/ui/flow/status-lines.js';

test('units: ms, s, m, h; a bare number is seconds', t => {
	t.is(parseDuration('10m'), 600_000);
	t.is(parseDuration('90s'), 90_000);
	t.is(parseDuration('90'), 90_000);
	t.is(parseDuration('1h'), 3_600_000);
	t.is(parseDuration('1500ms'), 1500);
});

test('nothing else is a duration', t => {
	for (const text of ['', 'soon', '-5m', '1.5m', '0', '25h', '10 minutes']) {
		t.is(parseDuration(text), undefined, text);
	}
});

test('never throws, whatever the text', t => {
	fc.assert(
		fc.property(fc.string(), text => {
			const ms = parseDuration(text);
			return ms === undefined || (ms > 0 && ms <= 86_400_000);
		}),
	);
	t.pass();
});

test('formats back for sentences', t => {
	t.is(formatDuration(600_000), '10 min');
	t.is(formatDuration(3_600_000), '1 h');
	t.is(formatDuration(90_000), '90 s');
});
