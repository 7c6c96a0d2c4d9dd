// `ipsec-wizard status` settling a recorded key change (issue 9 finding 1): the key is judged by the
// record's salted hash, so a key that never arrived is "not applied", and the audit line carries the
// planned changes. Without a terminal, as from cron or a dropped session.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {createVpcClient} from '../../source/api/vpc-client.js';
import {configFromServer, contextFromServer, diffConfig, planUpdate} from '../../source/domain/index.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {pendingUpdateFromPlan} from '../../source/services/pending-update.js';
import {createPendingUpdateStore} from '../../source/services/pending-update-store.js';
import {makeTempDir} from '../support/child-env.js';
import {startTestSandbox, type TestSandbox} from '../support/test-sandbox.js';
import {cliPath, targetArgs, targetEnv} from '../support/wizard-process.js';

const regionId = 'cn-hangzhou';

async function recordKeyChange(t: {teardown(f: () => Promise<void>): void}) {
	const sandbox = await startTestSandbox({updatingMs: 300});
	t.teardown(async () => sandbox.close());
	const api = createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials});
	const {server} = await api.getIpsecServer(regionId, demoServerIds.modern);
	const before = configFromServer(server!);
	const edited = {...before, psk: 'A-Brand-New-Key-0042'};
	const context = contextFromServer(server!, undefined, [server!]);
	const plan = planUpdate(before, edited, context, 'status-reattach-1')!;
	const configDir = makeTempDir();
	await createPendingUpdateStore(configDir).record(pendingUpdateFromPlan(plan, edited, new Date(), {before, changes: diffConfig(before, edited, context).changes}));
	return {sandbox, api, plan, server: server!, configDir};
}

async function status(sandbox: TestSandbox, configDir: string, gateway: string, server: string) {
	return new Promise<{code: number | null; stdout: string}>(resolve => {
		const child = spawn(process.execPath, [cliPath, 'status', ...targetArgs(sandbox.target, ['--region', regionId, '--gateway', gateway, '--server', server, '--timeout', '60s'])], {
			env: {...process.env, ...targetEnv(sandbox.target), IPSEC_WIZARD_CONFIG_DIR: configDir, CI: ''},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		child.stdout.on('data', chunk => {
			stdout += String(chunk);
		});
		child.on('close', code => {
			resolve({code, stdout});
		});
	});
}

const lastAuditLine = (configDir: string) =>
	JSON.parse(readFileSync(path.join(configDir, 'audit.jsonl'), 'utf8').trim().split('\n').at(-1)!) as {verdict: string; changes: Array<{field: string; after: string}>};

test('a recorded key change that never reached the service: "Not applied", exit 1, never "Verified"', async t => {
	const {sandbox, server, configDir} = await recordKeyChange(t);
	const result = await status(sandbox, configDir, server.vpnGatewayId, server.ipsecServerId);
	t.notRegex(result.stdout, /Verified/);
	t.regex(result.stdout, /Not applied: the server still has its old settings/);
	t.is(result.code, 1);
	const line = lastAuditLine(configDir);
	t.is(line.verdict, 'not-applied');
	t.deepEqual(line.changes.map(change => [change.field, change.after]), [['psk', 'changed']]);
	t.false(readFileSync(path.join(configDir, 'audit.jsonl'), 'utf8').includes('A-Brand-New-Key-0042'));
});

test('the same record once the key did arrive: verified by its hash, exit 0', async t => {
	const {sandbox, api, plan, server, configDir} = await recordKeyChange(t);
	await api.updateIpsecServer(plan);
	const result = await status(sandbox, configDir, server.vpnGatewayId, server.ipsecServerId);
	t.regex(result.stdout, /Verified: the server has exactly/);
	t.is(result.code, 0);
	t.is(lastAuditLine(configDir).verdict, 'verified');
});
