import {mkdir, readFile} from 'node:fs/promises';
import test from 'ava';
import {createAuditLog} from '../../source/services/audit-log.js';
import {secretPsk} from './fixtures.js';
import {temporaryDirectory} from './temporary-directory.js';

const entry = {
	time: '2026-11-26T10:00:00.000Z',
	regionId: 'cn-hangzhou',
	ipsecServerId: 'iss-test1',
	vpnGatewayId: 'vpn-test1',
	requestIds: ['RID-1', 'RID-2'],
	verdict: 'submitted' as const,
};

test('each entry is one JSON line with the diff, RequestIds and verdict', async t => {
	const log = createAuditLog(await temporaryDirectory(t));
	await log.append({...entry, changes: [{field: 'clientIpPool', label: 'Client IP pool', before: '10.10.0.0/24', after: '10.20.0.0/24'}]});
	await log.append({...entry, changes: [], verdict: 'verified'});
	const lines = (await readFile(log.path, 'utf8')).trimEnd().split('\n');
	t.is(lines.length, 2);
	const first = JSON.parse(lines[0]!) as typeof entry & {changes: unknown[]};
	t.deepEqual(first.requestIds, ['RID-1', 'RID-2']);
	t.is(first.changes.length, 1);
	t.is((JSON.parse(lines[1]!) as {verdict: string}).verdict, 'verified');
});

test('the PSK never reaches the audit log, even if a change carries it', async t => {
	const log = createAuditLog(await temporaryDirectory(t));
	await log.append({...entry, changes: [{field: 'psk', label: 'Pre-shared key', before: secretPsk, after: `${secretPsk}-new`}]});
	const text = await readFile(log.path, 'utf8');
	t.false(text.includes(secretPsk));
	t.regex(text, /"before":"hidden","after":"changed"/);
});

test('a failed write rejects and is remembered as one sentence that blames the file, not the service (finding 9)', async t => {
	const directory = await temporaryDirectory(t);
	await mkdir(`${directory}/audit.jsonl`);
	const log = createAuditLog(directory);
	t.is(log.problem(), undefined);
	await t.throwsAsync(log.append({time: 't', regionId: 'r', ipsecServerId: 'i', vpnGatewayId: 'v', changes: [], requestIds: [], verdict: 'sending'}));
	t.regex(log.problem() ?? '', /audit log .*audit\.jsonl could not be written: there is a folder in its place; the change itself is not undone\./);
	t.notRegex(log.problem() ?? '', /service/);
});

test('settled() waits for every line appended so far, written or failed', async t => {
	const log = createAuditLog(await temporaryDirectory(t));
	void log.append({...entry, changes: [], verdict: 'submitted'});
	void log.append({...entry, changes: [], verdict: 'verified'});
	await log.settled();
	const lines = (await readFile(log.path, 'utf8')).trim().split('\n');
	t.is(lines.length, 2);
});
