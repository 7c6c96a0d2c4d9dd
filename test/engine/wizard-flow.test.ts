// The wizard's branches as tables: its actions and the runner's reports in, the phase it shows and
// the commands it asks the runner for (the way out included) out. No sandbox, no Ink: the App's
// reducer and the engine's update() are pure, and the endings come from the outcome table.
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {wizardEnding} from '../../source/cli/outcome-table.js';
import {configFromServer, diffConfig, planUpdate} from '../../source/domain/index.js';
import type {IpsecServer, VpnGateway} from '../../source/domain/model.js';
import type {Base, Change, Outcome, Phase as JourneyPhase} from '../../source/engine/journey.js';
import {startFollowing, startFollowingPending, update} from '../../source/engine/update.js';
import {pendingUpdateFromPlan} from '../../source/services/pending-update.js';
import type {GatewayObservation} from '../../source/services/watch-update.js';
import {draftFromConfig} from '../../source/ui/edit/draft.js';
import {appReducer, initialAppState, interruptOutcome, type AppAction, type AppCommand, type AppState} from '../../source/ui/flow/app-reducer.js';
import {context, edit, loadedConfig, server} from '../domain/fixtures.js';
import {inPhase} from '../support/in-phase.js';
import {connected} from '../support/connected-action.js';
import {clientTokenFor} from '../../source/domain/client-token.js';

const gateway = {vpnGatewayId: context.vpnGatewayId, name: 'gw', status: 'active', internetIp: '47.1.2.3'} as VpnGateway;
const loaded = {server, context, gateway};
const expected = edit({clientIpPool: '10.30.0.0/24'});
const plan = planUpdate(loadedConfig, expected, context, 'token-1')!;
const base: Base = {loaded, config: configFromServer(server), key: {kind: 'plain'}};
const change: Change = {plan, expected, changes: diffConfig(loadedConfig, expected, context).changes};
const applied: IpsecServer = {...server, clientIpPool: '10.30.0.0/24'};
const said = {arrow: '->'};
const verification = {verified: false, mismatches: [{field: 'clientIpPool' as const, label: 'Client IP pool', expected: '10.30.0.0/24', actual: '10.0.0.0/24'}]};
const busyError = new ApiError({kind: 'service', code: 'VpnGateway.Configuring', message: 'The gateway is being configured.', requestId: 'RID-BUSY', retryable: false});
const refusal = new ApiError({kind: 'service', code: 'Forbidden.Locked', message: 'The server is locked.', requestId: 'RID-NO', retryable: false});

const run = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);
const report = (phase: JourneyPhase, auditProblem?: string): AppAction => ({type: 'runner-report', report: {kind: 'journey-phase', phase, ...(auditProblem ? {auditProblem} : {})}, said});
const ended = (outcome: Outcome, auditProblem?: string): AppAction => ({
	type: 'runner-report',
	report: {kind: 'journey-ended', phase: {phase: 'done', outcome}, ...(auditProblem ? {auditProblem} : {})},
	said,
});

/** The commands asked for since `before` (the outbox only grows). */
const asked = (before: AppState, after: AppState): AppCommand[] => after.outbox.slice(before.outbox.length).map(entry => entry.command);
const kinds = (commands: AppCommand[]) => commands.map(command => command.kind);

const editing = (): AppState =>
	run(
		initialAppState({regionId: server.regionId, ipsecServerId: server.ipsecServerId}),
		{type: 'connected', ...connected},
		{type: 'context-loaded', loaded, draft: draftFromConfig(configFromServer(server))},
	);

const submitting = (): AppState => run(editing(), {type: 'submit-requested', plan, edited: expected});
const following = (answer: Extract<JourneyPhase, {phase: 'following'}>['answer'] = {kind: 'received'}): AppState =>
	run(submitting(), report({phase: 'submitting', base, change, requestIds: ['req-dry']}), report({phase: 'following', base, change, requestIds: ['req-dry', 'req-1'], answer}));

test('the wizard starts by connecting; the regions, the server\'s context and a busy gateway\'s wait are asked for as their screens are entered', t => {
	const start = initialAppState({profile: 'work'});
	t.deepEqual(start.outbox.map(entry => entry.command), [{kind: 'connect', profile: 'work'}]);
	const regions = run(start, {type: 'connected', ...connected});
	t.deepEqual(asked(start, regions), [{kind: 'list-regions'}]);
	const failed = run(regions, {type: 'runner-report', report: {kind: 'regions-failed', error: refusal}, said});
	t.is(inPhase(failed, 'regions').regionsError, refusal.describe());
	t.deepEqual(asked(failed, run(failed, {type: 'regions-retry'})), [{kind: 'list-regions'}]);
	const picked = run(regions, {type: 'region-chosen', regionId: server.regionId}, {type: 'server-chosen', ipsecServerId: server.ipsecServerId, server});
	t.like(asked(regions, picked), [{kind: 'remember-region'}, {kind: 'read-recent-servers'}, {kind: 'list-servers'}, {kind: 'load-context', ipsecServerId: server.ipsecServerId, picked: server}]);
	const busy = run(submitting(), ended({kind: 'busy', error: busyError}));
	t.like(asked(submitting(), busy), [{kind: 'wait-for-active', vpnGatewayId: plan.vpnGatewayId}]);
	t.like(asked(busy, run(busy, {type: 'submit-rejected', notice: {kind: 'info', lines: []}})), [{kind: 'stop-waiting'}]);
});

test('the picker: the first page on entry, the next on request, an exact text looked up once, answers of an earlier visit dropped', t => {
	const picker = run(initialAppState({regionId: server.regionId}), {type: 'connected', ...connected});
	t.like(inPhase(picker, 'servers').serverPages, {listing: 1, ready: false, loading: true});
	const listed = run(picker, {type: 'runner-report', report: {kind: 'servers-listed', listing: 1, servers: [server], nextToken: 'next-1'}, said});
	t.like(inPhase(listed, 'servers').serverPages, {ready: true, loading: false, nextToken: 'next-1', pages: [server]});
	const more = run(listed, {type: 'servers-more'});
	t.like(asked(listed, more), [{kind: 'list-servers', listing: 1, query: {nextToken: 'next-1'}}]);
	t.deepEqual(asked(more, run(more, {type: 'servers-more'})), [], 'one page at a time');
	const query = {regionId: server.regionId, ipsecServerIds: ['iss-other']};
	const looked = run(listed, {type: 'servers-lookup', query});
	t.like(asked(listed, looked), [{kind: 'look-up-servers', listing: 1, query: {...query, maxResults: 20}}]);
	t.deepEqual(asked(looked, run(looked, {type: 'servers-lookup', query})), [], 'each text once');
	const again = run(listed, {type: 'regions-requested'}, {type: 'region-chosen', regionId: server.regionId});
	t.is(inPhase(again, 'servers').serverPages.listing, 2);
	const stale = run(again, {type: 'runner-report', report: {kind: 'servers-listed', listing: 1, servers: [applied]}, said});
	t.deepEqual(inPhase(stale, 'servers').serverPages.pages, [], 'an answer for the earlier visit is dropped');
	const failed = run(again, {type: 'runner-report', report: {kind: 'servers-failed', listing: 2, error: refusal, lookup: false}, said});
	t.like(inPhase(failed, 'servers').serverPages, {error: refusal.describe(), loading: false, ready: false});
	t.like(asked(failed, run(failed, {type: 'servers-retry'})), [{kind: 'list-servers', listing: 2, query: {regionId: server.regionId}}]);
});

test('loading the server asks to remember the region and the server; submitting asks for the whole journey with the diff computed once', t => {
	const start = run(initialAppState({regionId: server.regionId, ipsecServerId: server.ipsecServerId}), {type: 'connected', ...connected});
	const loadedState = run(start, {type: 'context-loaded', loaded, draft: draftFromConfig(configFromServer(server))});
	t.deepEqual(kinds(asked(start, loadedState)), ['remember-region', 'remember-server']);
	const sent = run(loadedState, {type: 'submit-requested', plan, edited: expected});
	const [submit] = asked(loadedState, sent);
	t.like(sent, {phase: 'submit', journey: {stage: 'rereading'}, submission: {sending: false}});
	t.deepEqual(submit, {kind: 'submit', base, change});
});

test('the submit screen follows the runner\'s stages; from the real call on, an interrupt may leave it applied', t => {
	const prechecking = run(submitting(), report({phase: 'prechecking', base, change, requestIds: []}));
	t.is(inPhase(prechecking, 'submit').journey.stage, 'prechecking');
	t.deepEqual(interruptOutcome(prechecking), {kind: 'interrupted', sent: false}, 'interrupted before sending: nothing was changed');
	const sending = run(prechecking, report({phase: 'submitting', base, change, requestIds: ['req-dry']}));
	t.true(inPhase(sending, 'submit').submission.sending);
	t.deepEqual(interruptOutcome(sending), {kind: 'interrupted', sent: true}, 'interrupted while sending: may have been applied');
	t.deepEqual(interruptOutcome(following()), {kind: 'interrupted', sent: true}, 'interrupted while following');
});

test('changed elsewhere: back to the review with the new baseline, the untouched fields rebased, and what changed named', t => {
	const baseline = {...loaded, server: {...server, ipsecServerName: 'renamed-by-someone'}};
	const typed = run(editing(), {type: 'draft-changed', draft: {...draftFromConfig(configFromServer(server)), clientIpPool: '10.30.0.0/24'}});
	const back = run(typed, {type: 'submit-requested', plan, edited: expected}, ended({kind: 'changed-elsewhere', baseline, changes: [{field: 'ipsecServerName', label: 'Name', before: server.ipsecServerName, after: 'renamed-by-someone'}]}));
	t.like(back, {phase: 'edit', editStep: 'review', loaded: baseline, submission: undefined});
	t.is(inPhase(back, 'edit').draft.ipsecServerName, 'renamed-by-someone');
	t.is(inPhase(back, 'edit').draft.clientIpPool, '10.30.0.0/24');
	t.deepEqual(inPhase(back, 'edit').notice?.lines, [
		'Someone changed this server since it was loaded; nothing was sent.',
		`Changed: Name ${server.ipsecServerName} -> renamed-by-someone`,
		'Your edits now apply to the server as it is; check the review and submit again.',
	]);
});

test('a busy gateway waits; the retry asks for the same plan (same ClientToken) again', t => {
	const busy = run(submitting(), ended({kind: 'busy', error: busyError}));
	t.like(busy, {phase: 'busy', busyReason: busyError.describe()});
	t.deepEqual(interruptOutcome(busy), {kind: 'interrupted', sent: false});
	const retried = run(busy, {type: 'retry-requested'});
	const [again] = asked(busy, retried);
	t.is(retried.phase, 'submit');
	t.is(again?.kind === 'submit' ? again.change.plan.clientToken : undefined, 'token-1');
});

test('a refusal goes back to the review: the sentence, that nothing changed, and an audit log that could not be written', t => {
	const refused = run(submitting(), ended({kind: 'refused', stage: 'submitting', error: refusal}, 'The audit log x could not be written.'));
	t.like(refused, {phase: 'edit', editStep: 'review', submission: undefined});
	t.deepEqual(inPhase(refused, 'edit').notice, {kind: 'error', lines: [refusal.describe(), 'Nothing was changed; what you typed is kept.', 'The audit log x could not be written.']});
});

test('a lost answer: the live status, in doubt until the server is read', t => {
	const doubt = following({kind: 'lost', error: new Error('reset'), reason: 'The connection was reset.'});
	t.like(doubt, {phase: 'status', submission: {answerLost: 'The connection was reset.', requestIds: ['req-dry', 'req-1']}});
	t.deepEqual(interruptOutcome(doubt), {kind: 'interrupted', sent: true});
});

const observation: GatewayObservation = {at: 1, status: 'updating', businessStatus: 'Normal', requestId: 'RID-G', gatewayName: 'gw'};

test('the gateway\'s progress is state: each look, its changes in order, a failed poll until the next look, the verifying read', t => {
	const watch = (event: Extract<AppAction, {type: 'runner-report'}>['report']): AppAction => ({type: 'runner-report', report: event, said});
	const seen = run(
		following(),
		watch({kind: 'watch-event', event: {kind: 'observed', observation, changed: true}}),
		watch({kind: 'watch-event', event: {kind: 'observed', observation: {...observation, at: 2}, changed: false}}),
		watch({kind: 'watch-event', event: {kind: 'poll-failed', at: 3, error: undefined}}),
	);
	t.like(inPhase(seen, 'status').journey, {last: {at: 2}, pollError: 'The status could not be read; trying again.', verifying: false});
	t.deepEqual(inPhase(seen, 'status').journey.transitions.map(each => each.at), [1]);
	const verifying = run(seen, watch({kind: 'watch-event', event: {kind: 'verifying', at: 4}}));
	t.true(inPhase(verifying, 'status').journey.verifying);
});

test('verified: the summary with the server as re-read and the status history; Enter ends verified', t => {
	const seen = run(following(), {type: 'runner-report', report: {kind: 'watch-event', event: {kind: 'observed', observation, changed: true}}, said});
	const summary = run(seen, ended({kind: 'verified', requestIds: ['req-dry', 'req-1'], answerLost: false, server: applied}));
	t.like(summary, {phase: 'summary', verifiedConfig: configFromServer(applied), verifiedInternetIp: applied.internetIp, statusHistory: [observation]});
	t.deepEqual(asked(summary, run(summary, {type: 'summary-done'})), [
		{kind: 'end', outcome: {kind: 'verified', requestIds: ['req-dry', 'req-1'], answerLost: false}, follow: undefined},
	]);
});

test('verification failure: the verdict stays on the status screen, a quit says it, Enter ends with it', t => {
	const outcome: Outcome = {kind: 'failed-verification', requestIds: ['req-1'], watch: {kind: 'mismatch', verification, server, requestId: 'req-v'}};
	const failed = run(following(), ended(outcome));
	t.like(failed, {phase: 'status', verdict: outcome, journey: {outcome}});
	t.deepEqual(interruptOutcome(failed), {kind: 'interrupted', sent: true, verdict: outcome});
	t.like(asked(failed, run(failed, {type: 'finish-requested'})), [{kind: 'end', outcome}]);
});

test('timeout: shown on the status screen; a quit still says it may have been applied; Enter ends timed out', t => {
	const outcome: Outcome = {kind: 'timed-out', requestIds: ['req-1'], answerLost: false, lastStatus: 'updating'};
	const late = run(following(), ended(outcome));
	t.like(late, {phase: 'status', journey: {outcome}});
	t.is(inPhase(late, 'status').verdict, undefined);
	t.deepEqual(interruptOutcome(late), {kind: 'interrupted', sent: true});
	t.like(asked(late, run(late, {type: 'finish-requested'})), [{kind: 'end', outcome}]);
});

test('q on the live status stops following; once the runner has recorded it, the wizard ends "left"', t => {
	const leaving = run(following(), {type: 'leave-requested'});
	t.deepEqual(asked(following(), leaving), [{kind: 'stop-following'}]);
	t.deepEqual(asked(leaving, run(leaving, {type: 'leave-requested'})), [], 'asked once');
	const left = run(leaving, ended({kind: 'interrupted', sent: true}));
	t.like(asked(leaving, left), [{kind: 'end', outcome: {kind: 'left', answerLost: false}, follow: {ipsecServerId: plan.ipsecServerId}}]);
});

test('cancel at the review and nothing to change end with their outcome, nothing sent', t => {
	t.deepEqual(asked(editing(), run(editing(), {type: 'edit-cancelled'})), [{kind: 'end', outcome: {kind: 'cancelled'}}]);
	t.deepEqual(asked(editing(), run(editing(), {type: 'nothing-to-change'})), [{kind: 'end', outcome: {kind: 'nothing-to-change'}}]);
});

test('abort without unsaved edits ends at once; with them it asks first, and yes ends "quit"', t => {
	t.like(asked(editing(), run(editing(), {type: 'abort'})), [{kind: 'end', outcome: {kind: 'aborted'}}]);
	const typed = run(editing(), {type: 'draft-changed', draft: {...draftFromConfig(configFromServer(server)), ipsecServerName: 'typed'}});
	const asking = run(typed, {type: 'abort'});
	t.is(asking.overlay, 'confirm-abort');
	t.deepEqual(asked(typed, asking), []);
	t.like(asked(asking, run(asking, {type: 'quit-confirmed'})), [{kind: 'end', outcome: {kind: 'quit'}}]);
	// Aborted while an update may be on its way: the end says so, not "nothing was changed".
	t.like(asked(following(), run(following(), {type: 'abort'})), [{kind: 'end', outcome: {kind: 'interrupted', sent: true}}]);
});

const pending = pendingUpdateFromPlan(plan, expected, new Date('2026-11-26T10:00:00Z'), {before: loadedConfig, changes: change.changes});

test('re-attach accepted: the live status follows the record; declined with "forget": the records are dropped and the picker follows', t => {
	const offered = run(initialAppState({}), {type: 'connected', ...connected, regionId: server.regionId, pending, pendingRecords: [pending]});
	t.is(offered.phase, 'reattach');
	const accepted = run(offered, {type: 'reattach-accepted', pending});
	t.like(accepted, {phase: 'status', pending});
	t.deepEqual(asked(offered, accepted), [{kind: 'follow-pending', pending}]);
	t.deepEqual(interruptOutcome(accepted), {kind: 'interrupted', sent: true});
	const forgotten = run(offered, {type: 'reattach-declined', forget: [pending.ipsecServerId]});
	t.like(forgotten, {phase: 'servers', pending: undefined});
	t.deepEqual(asked(offered, forgotten), [
		{kind: 'forget-pending', ipsecServerIds: [pending.ipsecServerId]},
		{kind: 'read-recent-servers', regionId: server.regionId},
		{kind: 'list-servers', listing: 1, query: {regionId: server.regionId, maxResults: 20}},
	]);
	t.deepEqual(kinds(asked(offered, run(offered, {type: 'reattach-declined'}))), ['read-recent-servers', 'list-servers'], 'kept for later: only the picker is loaded');
});

test('the engine re-attaches at follow: judged against the record, the verdict recorded for the record\'s server', t => {
	const {state, commands} = startFollowingPending(pending);
	t.deepEqual(state, {phase: 'reattached', pending, verifying: false});
	t.deepEqual(commands, [{kind: 'follow-pending', pending}]);
	t.like(update(state, {kind: 'verifying'}).state, {phase: 'reattached', verifying: true});
	const verified = update(state, {kind: 'followed', outcome: {kind: 'verified', verification: {verified: true, mismatches: []}, server: applied, requestId: 'req-v'}});
	t.like(verified.state, {phase: 'done', outcome: {kind: 'verified', answerLost: false}});
	t.like(verified.commands, [{kind: 'record-outcome', target: {ipsecServerId: pending.ipsecServerId, vpnGatewayId: pending.vpnGatewayId}, changes: pending.changes, requestIds: []}]);
	// Whether the recorded update ever arrived is unknown: a server without it is "not applied".
	const notApplied = update(state, {kind: 'followed', outcome: {kind: 'mismatch', verification, server, requestId: 'req-v', outcome: {kind: 'not-applied'}}});
	t.like(notApplied.state, {phase: 'done', outcome: {kind: 'not-applied'}});
	const left = update(state, {kind: 'interrupted', callInFlight: false});
	t.like(left.state, {phase: 'done', outcome: {kind: 'interrupted', sent: true}});
	t.like(left.commands, [{kind: 'record-outcome', outcome: {kind: 'aborted'}}]);
});

test('an update found already applied is followed and verified like one just sent', t => {
	const {state, commands} = startFollowing(base, change, ['req-dry']);
	t.like(state, {phase: 'following', requestIds: ['req-dry'], answer: {kind: 'received'}});
	t.like(commands, [{kind: 'follow', plan, expected, before: base.config}]);
});

const audit = {auditLogPath: '/home/x/audit.jsonl'};
const endingOf = (outcome: Outcome, auditProblem?: string) =>
	wizardEnding(outcome, {follow: {regionId: plan.regionId, vpnGatewayId: plan.vpnGatewayId, ipsecServerId: plan.ipsecServerId}, connectionFlags: ['--sandbox'], timeoutMs: 600_000, audit: {...audit, ...(auditProblem ? {auditProblem} : {})}});
const follow = `ipsec-wizard status --region ${plan.regionId} --gateway ${plan.vpnGatewayId} --server ${plan.ipsecServerId} --sandbox`;

const endings: Array<{outcome: Outcome; code: number; lines: string[]; auditProblem?: string}> = [
	{outcome: {kind: 'aborted'}, code: 130, lines: ['Aborted: nothing was changed.']},
	{outcome: {kind: 'quit'}, code: 130, lines: ['Quit: nothing was changed.']},
	{outcome: {kind: 'cancelled'}, code: 130, lines: ['Cancelled: nothing was changed.']},
	{outcome: {kind: 'nothing-to-change'}, code: 0, lines: ['Nothing to change: the server keeps its settings.']},
	{outcome: {kind: 'verified', requestIds: [], answerLost: false}, code: 0, lines: ['Verified. Audit log: /home/x/audit.jsonl']},
	{outcome: {kind: 'verified', requestIds: [], answerLost: true}, code: 0, lines: ['Applied and verified, although the answer to the update was lost.', 'Audit failed.'], auditProblem: 'Audit failed.'},
	{outcome: {kind: 'left', answerLost: false}, code: 130, lines: [`Left before verification; the update goes on. Follow it with: ${follow}`]},
	{outcome: {kind: 'left', answerLost: true}, code: 130, lines: [`Left before the outcome was known; the update may have been applied. Follow it with: ${follow}`], auditProblem: undefined},
	{outcome: {kind: 'interrupted', sent: false}, code: 130, lines: ['Interrupted before the update was sent; nothing was changed.', 'Audit failed.'], auditProblem: 'Audit failed.'},
	{outcome: {kind: 'interrupted', sent: true}, code: 130, lines: [`Interrupted; the update may have been applied. Follow it with: ${follow}`]},
	{
		outcome: {kind: 'interrupted', sent: true, verdict: {kind: 'not-applied', requestIds: [], verification}},
		code: 130,
		lines: ['Not applied: the server still has its old settings, so nothing was changed.', 'Run the wizard again to make the change.'],
	},
	{
		outcome: {kind: 'failed-verification', requestIds: [], watch: {kind: 'mismatch', verification, server, requestId: 'r'}},
		code: 1,
		lines: ['The gateway is active, but the server does not have what was sent:', 'Client IP pool: expected 10.30.0.0/24, the server has 10.0.0.0/24', 'Check it in the console, then run the wizard again.'],
	},
	{outcome: {kind: 'gateway-active'}, code: 0, lines: [`The gateway ${plan.vpnGatewayId} is active.`]},
	{
		outcome: {kind: 'timed-out', requestIds: [], answerLost: false, lastStatus: 'updating'},
		code: 1,
		lines: ['The gateway was still updating after 10 min; the update may have been applied and may still complete.', `Check again later with: ${follow}`],
	},
];

for (const {outcome, code, lines, auditProblem} of endings) {
	test(`the wizard ends ${outcome.kind}${'sent' in outcome ? ` (sent: ${String(outcome.sent)}${outcome.verdict ? ', verdict read' : ''})` : ''}${'answerLost' in outcome ? ` (answer lost: ${String(outcome.answerLost)})` : ''} with exit ${code} and its lines`, t => {
		t.deepEqual(endingOf(outcome, auditProblem), {code, lines});
	});
}

test('each submission is its own attempt: back on the review after a refusal, a busy gateway or a change elsewhere, the ClientToken is another; a busy gateway\'s retry sends the same one', t => {
	const tokenOf = (state: AppState) => {
		const editState = inPhase(state, 'edit');
		return clientTokenFor({namespace: editState.clientTokenNamespace, attempt: editState.submissions}, plan);
	};

	const first = tokenOf(editing());
	t.is(tokenOf(editing()), first, 'the same request in the same attempt: the same token');
	const refused = run(submitting(), ended({kind: 'refused', stage: 'prechecking', error: refusal}));
	t.not(tokenOf(refused), first, 'after a refusal');
	const busy = run(submitting(), ended({kind: 'busy', error: busyError}));
	t.is(inPhase(run(busy, {type: 'retry-requested'}), 'submit').submission.plan.clientToken, plan.clientToken, 'the busy gateway\'s retry: the same plan, the same token');
	const backFromBusy = run(busy, {type: 'submit-rejected', notice: {kind: 'info', lines: []}});
	t.not(tokenOf(backFromBusy), first, 'back to the review from a busy gateway');
	const changedElsewhere = run(submitting(), ended({kind: 'changed-elsewhere', changes: [], baseline: loaded}));
	t.not(tokenOf(changedElsewhere), first, 'back to the review after someone changed the server');
	const twice = run(refused, {type: 'submit-requested', plan, edited: expected}, ended({kind: 'refused', stage: 'prechecking', error: refusal}));
	t.not(tokenOf(twice), tokenOf(refused), 'every submission another attempt');
});
