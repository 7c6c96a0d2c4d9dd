// Issue 11 item 4: a one-field change from launch takes at most 7 keys besides the new value's
// characters when region and server are chosen from the lists, and 5 with --server.
import test from 'ava';
import {startScene} from '../support/e2e-fixture.js';
import {changeThePool, CountingKeyboard, newClientPool, taskArgs, taskServerId, type TaskStart} from '../support/keystroke-tasks.js';

const budgets: Record<TaskStart, number> = {lists: 7, server: 5};

for (const start of ['lists', 'server'] as const) {
	test.serial(`changing the client pool from launch takes at most ${budgets[start]} keys besides the value (${start === 'lists' ? 'region and server from the lists' : '--server'})`, async t => {
		const {sandbox, session} = await startScene(t, {args: taskArgs(start)});
		const keyboard = new CountingKeyboard(session);
		await changeThePool(start).run(keyboard);
		t.is(sandbox.inspect.server(taskServerId)?.clientIpPool, newClientPool);
		t.is(sandbox.inspect.appliedUpdates().length, 1);
		t.is(keyboard.tally.typed, newClientPool.length);
		t.true(keyboard.tally.keys <= budgets[start], `${keyboard.tally.keys} keys besides the value`);
	});
}
