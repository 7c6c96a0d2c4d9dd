import {readdir, readFile, writeFile} from 'node:fs/promises';
import test from 'ava';
import {pendingUpdateFromPlan, verificationInputsFromPending} from '../../source/services/pending-update.js';
import {createPendingUpdateStore} from '../../source/services/pending-update-store.js';
import {config, plan, secretPsk} from './fixtures.js';
import {temporaryDirectory} from './temporary-directory.js';

const expected = {...config, clientIpPool: '10.20.0.0/24'};

test('a recorded update reads back the same, without the PSK', async t => {
	const store = createPendingUpdateStore(await temporaryDirectory(t));
	const pending = pendingUpdateFromPlan(plan, expected, new Date('2026-11-26T10:00:00Z'));
	await store.record(pending);
	t.deepEqual(await store.read(), pending);
	t.true(pending.pskChanged);
	t.false((await readFile(store.path, 'utf8')).includes(secretPsk));
});

test('clear leaves nothing to re-attach to', async t => {
	const store = createPendingUpdateStore(await temporaryDirectory(t));
	await store.record(pendingUpdateFromPlan(plan, expected, new Date()));
	await store.clear();
	t.is(await store.read(), undefined);
	await t.notThrowsAsync(store.clear());
});

test('no file, or a file that is not ours, reads as nothing pending', async t => {
	const store = createPendingUpdateStore(await temporaryDirectory(t));
	t.is(await store.read(), undefined);
	await writeFile(store.path, '{"half": ');
	t.is(await store.read(), undefined);
});

test('writes replace the file whole: no temporary file is left behind', async t => {
	const directory = await temporaryDirectory(t);
	const store = createPendingUpdateStore(directory);
	await Promise.all([1, 2, 3].map(async index => store.record(pendingUpdateFromPlan({...plan, clientToken: `token-${index}`}, expected, new Date()))));
	t.deepEqual(await readdir(directory), ['pending-update.json']);
	t.regex((await store.read())?.clientToken ?? '', /^token-\d$/);
});

test('verification after re-attaching compares everything but the unknown PSK', t => {
	const pending = pendingUpdateFromPlan(plan, expected, new Date());
	const inputs = verificationInputsFromPending(pending, 'whatever-the-server-has');
	t.is(inputs.plan.params.psk, undefined);
	t.is(inputs.expected.psk, 'whatever-the-server-has');
	t.is(inputs.expected.clientIpPool, '10.20.0.0/24');
	t.is(inputs.plan.clientToken, plan.clientToken);
});
