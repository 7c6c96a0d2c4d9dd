// Issue 9, finding 10: SIGTERM while UpdateIpsecServer is in flight. The audit line for the attempt
// is written before the update leaves, so the log says what was being sent even though the process
// died; and the later re-attach judges the server against the plan and writes the planned changes,
// never a `verified` with empty changes.
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {startScene} from '../support/e2e-fixture.js';
import {choose, enterUntil, stepHeading, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';
import {cliNode, cliPath, targetArgs, targetEnv} from '../support/wizard-process.js';

const regionId = 'cn-hangzhou';
const serverId = demoServerIds.modern;

type AuditLine = {verdict: string; changes: Array<{field: string; after: string}>};
const auditLines = (configDir: string): AuditLine[] =>
	readFileSync(path.join(configDir, 'audit.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map(line => JSON.parse(line) as AuditLine);

test('killed while the update is in flight: the attempt is in the audit log, and the re-attach verifies the planned change', async t => {
	const {sandbox, session, configDir} = await startScene(t, {regionId, serverId, sandbox: {updatingMs: 1000}});
	await waitForStep(session, 3, 30_000);
	await enterUntil(session, stepHeading(4));
	await choose(session, 'IkeEncAlg', 'aes192');
	await toReview(session);
	// From here on every answer is held back 4 s (the update is applied at once, answered late), so
	// the wizard is surely waiting for UpdateIpsecServer's answer when it is killed.
	sandbox.setFaults({slowRate: 1, slowMs: 4000});
	await submitFromReview(session);
	await session.waitForText(/✔ Recording the pending update/, {timeout: 30_000});
	session.signal('SIGTERM');
	const exit = await session.waitForExit({timeout: 15_000});
	t.is(exit.exitCode, 143);
	t.regex(session.screenText().replaceAll('\n', ''), /may (still be|have been) applied.*ipsec-wizard status/);

	const [attempt] = auditLines(configDir);
	t.is(attempt?.verdict, 'sending', 'the attempt was written before the update left');
	t.true(attempt?.changes.some(change => change.field === 'ikeEncAlg' && change.after.includes('aes192')), JSON.stringify(attempt?.changes));

	sandbox.setFaults(undefined);
	const gateway = sandbox.inspect.server(serverId)!.vpnGatewayId;
	const code = await new Promise<number | null>(resolve => {
		const child = spawn(cliNode, [cliPath, 'status', ...targetArgs(sandbox.target, ['--region', regionId, '--gateway', gateway, '--server', serverId, '--timeout', '60s'])], {
			env: {...process.env, ...targetEnv(sandbox.target), IPSEC_WIZARD_CONFIG_DIR: configDir, CI: ''},
			stdio: 'ignore',
		});
		child.on('close', resolve);
	});
	t.is(code, 0);
	const verdict = auditLines(configDir).at(-1);
	t.is(verdict?.verdict, 'verified');
	t.true(verdict?.changes.some(change => change.field === 'ikeEncAlg'), 'the re-attach records what the plan changed, not []');
});
