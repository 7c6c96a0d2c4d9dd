import test from 'ava';
import {configFromServer} from '../../../source/domain/index.js';
import {draftFromConfig} from '../../../source/ui/edit/draft.js';
import {appReducer, clockShown, followedUpdate, initialAppState, type AppAction, type AppState, type Loaded} from '../../../source/ui/flow/app-reducer.js';
import {interruptLines} from '../../../source/ui/app.js';
import {draftForServer, rebaseDraft} from '../../../source/ui/flow/draft-for-server.js';
import {pendingUpdateFromPlan} from '../../../source/services/pending-update.js';
import {config, plan, server} from '../../services/fixtures.js';
import {inPhase} from '../../support/in-phase.js';
import {connected} from '../../support/connected-action.js';

const loaded = {server, context: {}, gateway: {}} as unknown as Loaded;
const draft = draftFromConfig(configFromServer(server));

const run = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);

test('connect goes to the regions when no region is known', t => {
	t.is(run(initialAppState({}), {type: 'connected', ...connected}).phase, 'regions');
});

test('a remembered region goes straight to the servers; --region wins over it', t => {
	const remembered = run(initialAppState({}), {type: 'connected', ...connected, regionId: 'cn-beijing'});
	t.like(remembered, {phase: 'servers', regionId: 'cn-beijing'});
	const flagged = run(initialAppState({regionId: 'cn-hangzhou'}), {type: 'connected', ...connected, regionId: 'cn-beijing'});
	t.is(flagged.regionId, 'cn-hangzhou');
});

test('--server skips the picker', t => {
	t.is(run(initialAppState({regionId: 'cn-hangzhou', ipsecServerId: 'iss-a'}), {type: 'connected', ...connected}).phase, 'context');
});

test('an unfinished update is offered first; declining continues as usual', t => {
	const pending = pendingUpdateFromPlan(plan, config, new Date());
	const offered = run(initialAppState({}), {type: 'connected', ...connected, regionId: 'cn-hangzhou', pending});
	t.is(offered.phase, 'reattach');
	t.is(run(offered, {type: 'reattach-accepted'}).phase, 'status');
	t.like(run(offered, {type: 'reattach-declined'}), {phase: 'servers', pending: undefined});
});

test('Esc from the picker goes back to the regions', t => {
	const state = run(initialAppState({}), {type: 'connected', ...connected}, {type: 'region-chosen', regionId: 'cn-hangzhou'}, {type: 'regions-requested'});
	t.is(state.phase, 'regions');
});

const editing = (): AppState =>
	run(
		initialAppState({regionId: 'cn-hangzhou'}),
		{type: 'connected', ...connected},
		{type: 'server-chosen', ipsecServerId: server.ipsecServerId},
		{type: 'context-loaded', loaded, draft},
	);

test('loading the context opens the edit flow on Basics', t => {
	t.like(editing(), {phase: 'edit', editStep: 'basics'});
});

test('leaving the edit flow and picking the same server again keeps what was typed', t => {
	const typed = {...draft, ipsecServerName: 'typed'};
	const state = run(
		editing(),
		{type: 'draft-changed', draft: typed},
		{type: 'edit-step-changed', step: 'ike'},
		{type: 'edit-exited'},
		{type: 'server-chosen', ipsecServerId: server.ipsecServerId},
		{type: 'context-loaded', loaded, draft},
	);
	t.is(inPhase(state, 'edit').draft.ipsecServerName, 'typed');
	t.is(inPhase(state, 'edit').editStep, 'ike');
});

test('a rejected submit returns to the review with the notice and the draft intact', t => {
	const typed = {...draft, clientIpPool: '10.99.0.0/24'};
	const state = run(
		editing(),
		{type: 'draft-changed', draft: typed},
		{type: 'submit-requested', plan, edited: config},
		{type: 'submit-rejected', notice: {kind: 'error', lines: ['Refused.']}},
	);
	t.like(state, {phase: 'edit', editStep: 'review', notice: {kind: 'error', lines: ['Refused.']}});
	t.is(inPhase(state, 'edit').draft.clientIpPool, '10.99.0.0/24');
});

test('changed elsewhere: the review gets the new baseline', t => {
	const newBaseline = {...loaded, server: {...server, ipsecServerName: 'renamed elsewhere'}};
	const state = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'submit-rejected', notice: {kind: 'info', lines: []}, baseline: newBaseline});
	t.is(inPhase(state, 'edit').loaded.server.ipsecServerName, 'renamed elsewhere');
});

test('a busy gateway waits, then the same plan is sent again', t => {
	const state = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'gateway-busy', reason: 'Busy.'});
	t.is(state.phase, 'busy');
	const retried = run(state, {type: 'retry-requested'});
	t.is(retried.phase, 'submit');
	t.is(inPhase(retried, 'submit').submission.plan.clientToken, plan.clientToken);
});

test('submitted: status; verified: summary', t => {
	const submitted = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'submitted', requestIds: ['RID']});
	t.is(submitted.phase, 'status');
	const verified = run(submitted, {type: 'verified', verification: {verified: true, mismatches: []}, config, internetIp: '1.2.3.4'});
	t.is(verified.phase, 'summary');
	const mismatch = run(submitted, {type: 'verified', verification: {verified: false, mismatches: []}, config, internetIp: '1.2.3.4'});
	t.is(mismatch.phase, 'status');
});

test('interrupting while an update is followed prints how to follow it again', t => {
	t.is(interruptLines(editing()), undefined);
	// Once the real update has left (before that nothing can have changed: see quit-lines.test.ts).
	const submitted = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'update-sending'});
	t.deepEqual(followedUpdate(submitted), {regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId, ipsecServerId: plan.ipsecServerId});
	t.regex(interruptLines(submitted)?.[0] ?? '', /ipsec-wizard status --region cn-hangzhou --gateway vpn-test1 --server iss-test1/);
});

test('help toggles; abort asks, and cancelling closes the question', t => {
	const help = run(editing(), {type: 'help-toggled'});
	t.is(help.overlay, 'help');
	t.is(run(help, {type: 'help-toggled'}).overlay, undefined);
	const asking = run(editing(), {type: 'abort-requested'});
	t.is(asking.overlay, 'confirm-abort');
	t.is(run(asking, {type: 'abort-cancelled'}).overlay, undefined);
});

test('rebasing a draft: untouched fields follow the server, typed ones stay', t => {
	const changedElsewhere = {...server, ipsecServerName: 'renamed elsewhere', psk: 'rotated-elsewhere'};
	const typed = {...draft, clientIpPool: '10.99.0.0/24'};
	const rebased = rebaseDraft(typed, server, changedElsewhere);
	t.is(rebased.ipsecServerName, 'renamed elsewhere');
	t.is(rebased.clientIpPool, '10.99.0.0/24');
	t.is(rebased.loadedPsk, 'rotated-elsewhere');
});

test('--psk-file: the draft starts with the key from the file as a replacement', t => {
	const fromFile = draftForServer(server, {pskFromFile: 'From-The-File-123'});
	t.is(fromFile.pskAction, 'replace');
	t.is(fromFile.typedPsk, 'From-The-File-123');
	t.is(draftForServer(server).pskAction, 'keep');
	t.is(draftForServer(server, {pskFromFile: server.psk}).pskAction, 'keep');
	t.is(draftForServer(server, {generatedPsk: 'Generated-Key-1234'}).generatedPsk, 'Generated-Key-1234', 'a generated key waits for "generate"');
});

const throttled = {action: 'UpdateIpsecServer', attempt: 0, maxAttempts: 5, delayMs: 4000, code: 'Throttling.User', reason: 'throttled' as const, budgetLeftMs: 60_000};
const lastCommand = (state: AppState) => state.outbox.at(-1)?.command;

test('a retry heard is kept with when it was first heard of, until the call answers', t => {
	const heard = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'retry-heard', latest: throttled, waiting: true, at: 1000});
	t.deepEqual(heard.retry, {latest: throttled, waiting: true, at: 1000});
	// The same retry's wait ending keeps the time it was heard of (the countdown's start).
	const ended = run(heard, {type: 'retry-heard', latest: throttled, waiting: false, at: 5000});
	t.deepEqual(ended.retry, {latest: throttled, waiting: false, at: 1000});
	const answered = run(ended, {type: 'runner-report', report: {kind: 'journey-phase', phase: {phase: 'recording'} as never}, said: {arrow: '->'}});
	t.is(answered.retry, undefined, 'the notice goes once the call has answered');
});

test('Esc while a throttled call waits asks the runner to end the wait; with no wait it asks nothing', t => {
	const waiting = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'retry-heard', latest: throttled, waiting: true, at: 1000});
	t.deepEqual(lastCommand(run(waiting, {type: 'retry-wait-stopped'})), {kind: 'stop-retry-wait'});
	const notWaiting = run(waiting, {type: 'retry-heard', latest: throttled, waiting: false, at: 2000});
	t.is(run(notWaiting, {type: 'retry-wait-stopped'}).outbox.length, notWaiting.outbox.length);
});

test('the clock ticks while a counter is shown: the live status counts from its first tick', t => {
	const editingState = editing();
	t.is(clockShown(editingState), undefined, 'nothing counts while editing');
	const status = run(editingState, {type: 'submit-requested', plan, edited: config}, {type: 'submitted', requestIds: ['RID']});
	t.is(clockShown(status), 'status');
	const first = run(status, {type: 'clock-ticked', now: 10_000});
	const later = run(first, {type: 'clock-ticked', now: 13_000});
	t.is(inPhase(later, 'status').journey.followingSince, 10_000);
	t.is(later.clock, 13_000);
	const throttledWait = run(editingState, {type: 'submit-requested', plan, edited: config}, {type: 'retry-heard', latest: throttled, waiting: true, at: 1000});
	t.is(clockShown(throttledWait), 'retry:1000:submit', 'a throttled wait counts down');
});

test('an audit line that could not be written is kept on the journey from the report that says so', t => {
	// (The phase matters not: the report's problem is what is kept.)
	const status = run(editing(), {type: 'submit-requested', plan, edited: config}, {type: 'submitted', requestIds: ['RID']});
	const reported = run(status, {type: 'runner-report', report: {kind: 'journey-phase', phase: {phase: 'recording'} as never, auditProblem: 'The audit log could not be written (ENOSPC).'}, said: {arrow: '->'}});
	t.is(inPhase(reported, 'status').journey.auditProblem, 'The audit log could not be written (ENOSPC).');
});
