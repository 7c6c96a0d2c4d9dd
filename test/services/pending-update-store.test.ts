import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
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
	const files = await readdir(store.path);
	t.is(files.length, 1);
	t.false((await readFile(`${store.path}/${files[0]}`, 'utf8')).includes(secretPsk));
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
	await mkdir(store.path, {recursive: true});
	await writeFile(`${store.path}/iss-half.json`, '{"half": ');
	t.is(await store.read(), undefined);
});

test('writes replace the file whole: no temporary file is left behind', async t => {
	const directory = await temporaryDirectory(t);
	const store = createPendingUpdateStore(directory);
	await Promise.all([1, 2, 3].map(async index => store.record(pendingUpdateFromPlan({...plan, clientToken: `token-${index}`}, expected, new Date()))));
	t.deepEqual(await readdir(directory), ['pending-updates']);
	t.deepEqual(await readdir(`${directory}/pending-updates`), [`${plan.ipsecServerId}.json`]);
	t.regex((await store.read())?.clientToken ?? '', /^token-\d$/);
});

test('verification after re-attaching checks the key against the stored salted hash, never the key itself', t => {
	const pending = pendingUpdateFromPlan(plan, expected, new Date());
	const inputs = verificationInputsFromPending(pending);
	t.is(inputs.plan.params.psk, undefined);
	t.false(JSON.stringify(pending).includes(secretPsk));
	t.true(inputs.keyCheck?.(plan.params.psk!));
	t.false(inputs.keyCheck?.('the-old-key-still-there'));
	t.is(inputs.expected.clientIpPool, '10.20.0.0/24');
	t.is(inputs.plan.clientToken, plan.clientToken);
});
test('two updates of two servers on one HOME: both records kept and both offered (finding 11)', async t => {
	const directory = await temporaryDirectory(t);
	const first = createPendingUpdateStore(directory);
	const second = createPendingUpdateStore(directory);
	await first.record(pendingUpdateFromPlan(plan, expected, new Date('2026-11-26T10:00:00Z')));
	await second.record(pendingUpdateFromPlan({...plan, ipsecServerId: 'iss-other', clientToken: 'token-other'}, expected, new Date('2026-11-26T10:01:00Z')));
	t.deepEqual((await first.list()).map(record => record.ipsecServerId), ['iss-other', plan.ipsecServerId]);
	await first.clear('iss-other');
	t.deepEqual((await second.list()).map(record => record.ipsecServerId), [plan.ipsecServerId]);
});

test('a record left by an older version (pending-update.json) is still offered and cleared with its server', async t => {
	const directory = await temporaryDirectory(t);
	const store = createPendingUpdateStore(directory);
	await writeFile(`${directory}/pending-update.json`, JSON.stringify(pendingUpdateFromPlan(plan, expected, new Date())));
	t.is((await store.read())?.ipsecServerId, plan.ipsecServerId);
	await store.clear(plan.ipsecServerId);
	t.is(await store.read(), undefined);
});
