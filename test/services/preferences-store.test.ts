import {readFile, writeFile} from 'node:fs/promises';
import test from 'ava';
import {addRecentServer, createPreferencesStore} from '../../source/services/preferences-store.js';
import {temporaryDirectory} from './temporary-directory.js';

test('remembers the last region, profile and recent servers', async t => {
	const directory = await temporaryDirectory(t);
	const store = createPreferencesStore(directory);
	await store.rememberRegion('cn-shanghai');
	await store.rememberProfile('work');
	await store.rememberServer({regionId: 'cn-shanghai', ipsecServerId: 'iss-1', ipsecServerName: 'office', at: '2026-11-26T10:00:00Z'});
	const again = await createPreferencesStore(directory).read();
	t.is(again.lastRegion, 'cn-shanghai');
	t.is(again.lastProfile, 'work');
	t.deepEqual(
		again.recentServers.map(server => server.ipsecServerId),
		['iss-1'],
	);
});

test('only names and IDs are stored: no secret-looking key at all', async t => {
	const store = createPreferencesStore(await temporaryDirectory(t));
	await store.rememberRegion('cn-shanghai');
	await store.rememberServer({regionId: 'cn-shanghai', ipsecServerId: 'iss-1', ipsecServerName: 'office', at: '2026-11-26T10:00:00Z'});
	const text = await readFile(store.path, 'utf8');
	t.notRegex(text, /psk|secret|accesskey|token/i);
});

test('an unreadable file means defaults, not a crash', async t => {
	const directory = await temporaryDirectory(t);
	await writeFile(`${directory}/preferences.json`, '{not json');
	t.deepEqual(await createPreferencesStore(directory).read(), {recentServers: []});
});

test('recent servers: newest first, one entry per server, at most ten', t => {
	let recent: Parameters<typeof addRecentServer>[0] = [];
	for (let index = 0; index < 12; index++) {
		recent = addRecentServer(recent, {regionId: 'r', ipsecServerId: `iss-${index % 11}`, ipsecServerName: 'n', at: String(index)});
	}

	t.is(recent.length, 10);
	t.is(recent[0]?.ipsecServerId, 'iss-0');
	t.is(new Set(recent.map(server => server.ipsecServerId)).size, 10);
});

test('one wrong-typed key is dropped on its own; the good keys are kept and the dropped one is named (finding 12)', async t => {
	const directory = await temporaryDirectory(t);
	await writeFile(`${directory}/preferences.json`, JSON.stringify({lastRegion: 42, lastProfile: 'work', recentServers: [{regionId: 'cn-hangzhou', ipsecServerId: 'iss-1', ipsecServerName: 'office', at: 'x'}]}));
	const store = createPreferencesStore(directory);
	const read = await store.read();
	t.is(read.lastProfile, 'work');
	t.is(read.lastRegion, undefined);
	t.is(read.recentServers.length, 1);
	const problem = await store.problem();
	t.regex(problem ?? '', /preferences\.json: lastRegion \(it should be a region ID in quotes\) could not be used and was left out/);
	t.notRegex(problem ?? '', /lastProfile|recentServers/);
});

test('a good file has no problem to report', async t => {
	const directory = await temporaryDirectory(t);
	await writeFile(`${directory}/preferences.json`, JSON.stringify({lastRegion: 'cn-hangzhou'}));
	t.is(await createPreferencesStore(directory).problem(), undefined);
});
