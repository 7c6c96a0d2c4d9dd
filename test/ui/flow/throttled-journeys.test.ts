// A bad day at the service (30% of calls throttled, 10% failing with 5xx, 5% dropped) must not
// need a person: for every seed from 1 to 20 the flow the wizard runs (load the server and its
// context, submitUpdate's re-read, DryRun and submit, then watchUpdate until verified) completes
// by itself, with exactly one applied update. The same functions as the screens call, against an
// in-process sandbox; time is a fake clock shared by the client's backoff, the watch's polls and
// the sandbox's gateway, so a minute of throttling costs no real time.
import test from 'ava';
import {createVpcClient} from '../../../source/api/vpc-client.js';
import {configFromServer, planUpdate} from '../../../source/domain/index.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {startSandbox} from '../../../source/sandbox/start-sandbox.js';
import {createAuditLog} from '../../../source/services/audit-log.js';
import {createPendingUpdateStore} from '../../../source/services/pending-update-store.js';
import {watchUpdate} from '../../../source/services/watch-update.js';
import type {AppState} from '../../../source/ui/flow/app-reducer.js';
import {loadServer, loadServerContext} from '../../../source/ui/flow/load-server-context.js';
import {submitUpdate} from '../../../source/ui/flow/submit-update.js';
import {watchTarget} from '../../../source/ui/flow/watch-target.js';
import {fakeClock} from '../../services/fake-clock.js';
import {temporaryDirectory} from '../../services/temporary-directory.js';

const regionId = 'cn-hangzhou';
const serverId = demoServerIds.busy;
const faults = {throttleRate: 0.3, serverErrorRate: 0.1, dropRate: 0.05};

for (let seed = 1; seed <= 20; seed++) {
	test(`seed ${seed}: under throttle=0.3, 5xx=0.1, drop=0.05 the journey completes unattended with one applied update`, async t => {
		const clock = fakeClock(Date.now());
		const sandbox = await startSandbox({now: clock.now, updatingMs: 8000, faults: {seed, ...faults}});
		t.teardown(async () => sandbox.close());
		const api = createVpcClient({endpoint: sandbox.endpoint, credential: sandbox.credentials, sleep: async ms => clock.sleep(ms), now: clock.now, random: () => 0.5});
		const directory = await temporaryDirectory(t);

		const loaded = await loadServerContext(api, await loadServer(api, regionId, serverId));
		const before = configFromServer(loaded.server);
		const edited = {...before, ikeConfig: {...before.ikeConfig, ikeEncAlg: 'aes256' as const}};
		const plan = planUpdate(before, edited, loaded.context, `seed-${seed}-token`);
		if (!plan) {
			t.fail('the edit plans a change');
			return;
		}

		const stages: string[] = [];
		const submitted = await submitUpdate(
			{api, pendingUpdates: createPendingUpdateStore(directory), auditLog: createAuditLog(directory), now: clock.now, onStage: stage => stages.push(stage)},
			{plan, edited, loaded},
		);
		if (submitted.kind !== 'submitted') {
			const error = 'error' in submitted ? submitted.error : undefined;
			t.fail(`submit ended ${submitted.kind}${'stage' in submitted ? ` at ${submitted.stage}` : ''}: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}

		const target = watchTarget({submission: {plan, edited}} as AppState)!;
		const watched = await watchUpdate({api, clock, target, timeoutMs: 10 * 60_000, signal: new AbortController().signal, onEvent() {}});
		t.is(watched.kind, 'verified', JSON.stringify(watched));
		t.is(sandbox.inspect.appliedUpdates().length, 1, 'exactly one applied update');
		t.is(sandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg, 'aes256');
		const throttled = sandbox.inspect.calls().filter(call => call.code === 'Throttling.User').length;
		t.log(`${sandbox.inspect.calls().length} calls, ${throttled} throttled`);
	});
}
