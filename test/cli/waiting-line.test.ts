import test from 'ava';
import {createWaitingLine, waitingLineText} from '../../source/cli/waiting-line.js';

const at = (clock: string) => new Date(`2026-11-26T${clock}`).getTime();

test('the waiting line: the status, the time waited and the last look', t => {
	const state = {status: 'updating', startedAt: at('10:00:00'), lastLookAt: at('10:01:03')};
	t.is(waitingLineText(state, at('10:01:05'), true), 'Waiting: gateway updating · 1 min 05 s · last look 10:01:03');
	t.is(waitingLineText({startedAt: at('10:00:00')}, at('10:00:02'), false), 'Waiting | 2 s');
});

test('a printed line goes above the waiting line, which is drawn again; stop leaves a clean line', t => {
	let output = '';
	const line = createWaitingLine({
		write(text) {
			output += text;
		},
		now: () => at('10:00:04'),
		columns: () => 80,
		unicode: true,
		intervalMs: 60_000,
	});
	line.update({status: 'updating'});
	line.print('10:00:03  updating (Normal)');
	line.stop();
	line.print('The gateway is active.');
	t.is(
		output,
		[
			'\r\u001B[2KWaiting · 0 s',
			'\r\u001B[2K10:00:03  updating (Normal)\n',
			'\r\u001B[2KWaiting: gateway updating · 0 s',
			'\r\u001B[2K',
			'The gateway is active.\n',
		].join(''),
	);
});

test('the waiting line is cut short of the width, so it never wraps', t => {
	let output = '';
	const line = createWaitingLine({
		write(text) {
			output += text;
		},
		now: () => at('10:00:00'),
		columns: () => 20,
		unicode: false,
		intervalMs: 60_000,
	});
	line.update({status: 'updating', lastLookAt: at('10:00:00')});
	line.print('x');
	line.stop();
	const drawn = output.split('\r\u001B[2K').filter(part => part.startsWith('Waiting'));
	t.true(drawn.every(part => part.length <= 19), drawn.join(' / '));
	t.true(drawn.at(-1)!.endsWith('...'));
});
