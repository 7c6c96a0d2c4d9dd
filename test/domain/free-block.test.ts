import test from 'ava';
import {suggestFreeBlock} from '../../source/domain/free-block.js';

test('the first free private block of the asked size is offered', t => {
	t.is(suggestFreeBlock(24, []), '10.0.0.0/24');
	t.is(suggestFreeBlock(24, ['10.0.0.0/16', '10.1.0.0/24']), '10.1.1.0/24');
	t.is(suggestFreeBlock(16, ['10.0.0.0/8']), '172.16.0.0/16');
});

test('a block too large for a private range is looked for in the larger ones only', t => {
	t.is(suggestFreeBlock(12, ['10.0.0.0/8']), '172.16.0.0/12');
	t.is(suggestFreeBlock(8, ['10.0.0.0/8']), undefined);
});

test('nothing is offered when every private range is taken; garbage is ignored', t => {
	t.is(suggestFreeBlock(29, ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'office']), undefined);
	t.is(suggestFreeBlock(29, ['not a block']), '10.0.0.0/29');
});
