// A bad day at the service (30% of calls throttled, 10% failing with 5xx, 5% dropped) must not
// need a person: for every seed from 1 to 20 the flow the wizard runs (load the server and its
// context, then the wizard runner's submit: re-read, DryRun, submit, follow until verified)
// completes by itself, with exactly one applied update. The same runner as the wizard's, against an
// in-process sandbox; time is a fake clock shared by the client's backoff, the watch's polls and
// the sandbox's gateway, so a minute of throttling costs no real time.
import test from 'ava';
import {createVpcClient} from '../../../source/api/vpc-client.js';
import {configFromServer, planUpdate} from '../../../source/domain/index.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {startSandbox} from '../../../source/sandbox/start-sandbox.js';
import {createAuditLog} from '../../../source/services/audit-log.js';
import {createPendingUpdateStore} from '../../../source/services/pending-update-store.js';
import {createClientProfileFiles} from '../../../source/services/client-profile-files.js';
import {createPreferencesStore} from '../../../source/services/preferences-store.js';
import {diffConfig} from '../../../source/domain/index.js';
import {loadServer, loadServerContext} from '../../../source/ui/flow/load-server-context.js';
import {runWizardCommand} from '../../support/wizard-runner.js';
import {fakeClock} from '../../services/fake-clock.js';
import {temporaryDirectory} from '../../services/temporary-directory.js';
import {createRetryNotifier} from '../../../source/services/retry-notifier.js';

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

		const services = {
			connect: async () => ({api, credentials: {source: 'sandbox', accessKeyIdMasked: 'SAND…0001'}}),
			pendingUpdates: createPendingUpdateStore(directory),
			auditLog: createAuditLog(directory),
			clock,
			preferences: createPreferencesStore(directory),
			clientProfileFiles: createClientProfileFiles(directory),
			retries: createRetryNotifier(),
			newClientToken: () => 'c0ffee00-0000-4000-8000-000000000001',
			randomBytes: (count: number) => new Uint8Array(count).fill(7),
		};
		const change = {plan, expected: edited, changes: diffConfig(before, edited, loaded.context).changes};
		const {ended} = await runWizardCommand(services, {kind: 'submit', base: {loaded, config: before, key: {kind: 'plain'}}, change});
		t.like(ended, {phase: 'done', outcome: {kind: 'verified'}}, JSON.stringify(ended, (key, value: unknown) => (key === 'base' ? undefined : value)));
		t.is(sandbox.inspect.appliedUpdates().length, 1, 'exactly one applied update');
		t.is(sandbox.inspect.server(serverId)?.ikeConfig.ikeEncAlg, 'aes256');
		const throttled = sandbox.inspect.calls().filter(call => call.code === 'Throttling.User').length;
		t.log(`${sandbox.inspect.calls().length} calls, ${throttled} throttled`);
	});
}
