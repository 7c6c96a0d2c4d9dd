import test from 'ava';
import {limitHeapGrowth} from '../../source/cli/heap-growth.js';

test('the heap growth limits are set on the V8 versions it was measured on (Node 20 here)', t => {
	t.true(limitHeapGrowth());
});

test('an untested V8 is left alone: an unknown flag would print an error line over the screen', t => {
	t.false(limitHeapGrowth('10.2.154.26-node.26'));
	t.false(limitHeapGrowth('14.1.0'));
	t.false(limitHeapGrowth('not a version'));
});
