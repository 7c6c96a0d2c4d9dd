// The flow's rules as tables: a journey's events in, the phases it passes and the commands it asks
// for out. No sandbox, no Ink: update() is pure.
import test from 'ava';
import {ApiError} from '../../source/api/api-error.js';
import {configFromServer, diffConfig, planUpdate} from '../../source/domain/index.js';
import type {IpsecServer, VpnGateway} from '../../source/domain/model.js';
import type {Base, Change, Command, Event, Phase} from '../../source/engine/journey.js';
import {failureOf} from '../../source/engine/runner.js';
import {planned, start, startWatchingGateway, update} from '../../source/engine/update.js';
import {hashPsk} from '../../source/services/pending-update.js';
import type {WatchOutcome} from '../../source/services/watch-update.js';
import {context, edit, loadedConfig, secretPsk, server} from '../domain/fixtures.js';

const gateway = {vpnGatewayId: context.vpnGatewayId, name: 'gw', status: 'active'} as VpnGateway;
const base: Base = {loaded: {server, context, gateway}, config: configFromServer(server), key: {kind: 'plain'}};
const expected = edit({clientIpPool: '10.30.0.0/24'});
const plan = planUpdate(loadedConfig, expected, context, 'token-1')!;
const change: Change = {plan, expected, changes: diffConfig(loadedConfig, expected, context).changes};
const applied: IpsecServer = {...server, clientIpPool: '10.30.0.0/24'};
const elsewhere: IpsecServer = {...server, ipsecServerName: 'renamed-by-someone'};

const apiError = (code: string, options: {unknown?: boolean; requestId?: string} = {}) =>
	new ApiError({kind: 'service', code, message: `${code} happened.`, retryable: false, requestId: options.requestId ?? 'req-err', ...(options.unknown ? {outcome: 'unknown'} : {})});
const failed = (error: unknown): Event => ({kind: 'failed', error, failure: failureOf(error)});
const lost = failed(new ApiError({kind: 'network', code: 'NetworkError', message: 'The connection was reset.', retryable: true, outcome: 'unknown'}));
const verification = {verified: false, mismatches: []};
const watched = (outcome: WatchOutcome): Event => ({kind: 'followed', outcome});

/** Runs the events through update() from the start; the phases passed, the commands asked for, the end. */
function journey(events: Event[], from: Base = base) {
	let {state, commands} = start(from, change);
	const phases: string[] = [state.phase];
	const asked: Command[] = [...commands];
	for (const event of events) {
		const step = update(state, event);
		state = step.state;
		if (phases.at(-1) !== state.phase) {
			phases.push(state.phase);
		}

		asked.push(...step.commands);
	}

	return {phases, commands: asked.map(command => (command.kind === 'audit' ? `audit:${command.verdict}` : command.kind)), state};
}

const outcomeOf = (state: Phase) => (state.phase === 'done' ? state.outcome : undefined);

const upToSubmit: Event[] = [{kind: 'server-read', server}, {kind: 'dry-run-passed', requestId: 'req-dry'}, {kind: 'pending-recorded'}];

const table: Array<{name: string; events: Event[]; phases: string[]; commands: string[]; outcome: string | undefined; from?: Base}> = [
	{
		name: 'applied and verified',
		events: [...upToSubmit, {kind: 'submitted', requestId: 'req-1'}, {kind: 'verifying'}, watched({kind: 'verified', verification: {verified: true, mismatches: []}, server: applied, requestId: 'req-v'})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'verifying', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:submitted', 'follow', 'record-outcome'],
		outcome: 'verified',
	},
	{
		name: 'changed elsewhere: the context is read again, nothing is sent',
		events: [{kind: 'server-read', server: elsewhere}, {kind: 'context-loaded', loaded: {server: elsewhere, context, gateway}}],
		phases: ['rereading', 'reloading', 'done'],
		commands: ['read-server', 'load-context'],
		outcome: 'changed-elsewhere',
	},
	{
		name: 'already applied (the same plan again): nothing is sent',
		events: [{kind: 'server-read', server: applied}],
		phases: ['rereading', 'done'],
		commands: ['read-server'],
		outcome: 'already-applied',
	},
	{
		name: 'busy gateway at the DryRun: nothing recorded, nothing sent',
		events: [{kind: 'server-read', server}, failed(apiError('VpnGateway.Configuring'))],
		phases: ['rereading', 'prechecking', 'done'],
		commands: ['read-server', 'dry-run'],
		outcome: 'busy',
	},
	{
		name: 'busy gateway at the real call: the record is dropped, the audit says failed',
		events: [...upToSubmit, failed(apiError('OperationConflict'))],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'clear-pending', 'audit:failed'],
		outcome: 'busy',
	},
	{
		name: 'refused by the DryRun',
		events: [{kind: 'server-read', server}, failed(apiError('InvalidParameter'))],
		phases: ['rereading', 'prechecking', 'done'],
		commands: ['read-server', 'dry-run'],
		outcome: 'refused',
	},
	{
		name: 'refused by the real call',
		events: [...upToSubmit, failed(apiError('IllegalParam.ClientIpPool'))],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'clear-pending', 'audit:failed'],
		outcome: 'refused',
	},
	{
		name: 'the pending record cannot be written: nothing is sent',
		events: [{kind: 'server-read', server}, {kind: 'dry-run-passed', requestId: 'req-dry'}, failed(Object.assign(new Error('EACCES'), {code: 'EACCES'}))],
		phases: ['rereading', 'prechecking', 'recording', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending'],
		outcome: 'refused',
	},
	{
		name: 'lost answer, applied: followed and read, then said applied',
		events: [...upToSubmit, lost, watched({kind: 'verified', verification: {verified: true, mismatches: []}, server: applied, requestId: 'req-v'})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:unknown', 'follow', 'record-outcome'],
		outcome: 'verified',
	},
	{
		name: 'lost answer, not applied',
		events: [...upToSubmit, lost, watched({kind: 'mismatch', verification, server, requestId: 'req-v', outcome: {kind: 'not-applied'}})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:unknown', 'follow', 'record-outcome'],
		outcome: 'not-applied',
	},
	{
		name: 'lost answer, partly applied',
		events: [...upToSubmit, lost, watched({kind: 'mismatch', verification, server, requestId: 'req-v', outcome: {kind: 'partly', fields: []}})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:unknown', 'follow', 'record-outcome'],
		outcome: 'partly',
	},
	{
		name: 'answered, but the server does not hold the plan: verification failed',
		events: [...upToSubmit, {kind: 'submitted', requestId: 'req-1'}, watched({kind: 'mismatch', verification, server, requestId: 'req-v', outcome: {kind: 'not-applied'}})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:submitted', 'follow', 'record-outcome'],
		outcome: 'failed-verification',
	},
	{
		name: 'the gateway never became active: timed out',
		events: [...upToSubmit, {kind: 'submitted', requestId: 'req-1'}, watched({kind: 'timeout', lastStatus: 'updating'})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:submitted', 'follow', 'record-outcome'],
		outcome: 'timed-out',
	},
	{
		name: 'interrupted before anything was sent',
		events: [{kind: 'server-read', server}, {kind: 'interrupted', callInFlight: true}],
		phases: ['rereading', 'prechecking', 'done'],
		commands: ['read-server', 'dry-run'],
		outcome: 'interrupted',
	},
	{
		name: 'interrupted while following: the verdict line is left-early',
		events: [...upToSubmit, {kind: 'submitted', requestId: 'req-1'}, watched({kind: 'aborted'})],
		phases: ['rereading', 'prechecking', 'recording', 'submitting', 'following', 'done'],
		commands: ['read-server', 'dry-run', 'record-pending', 'audit:sending', 'submit', 'audit:submitted', 'follow', 'record-outcome'],
		outcome: 'interrupted',
	},
	{
		name: 'a plan file knows the key only by its hash: the same key is no change',
		from: {...base, config: {...base.config, psk: ''}, key: {kind: 'hashed', hash: hashPsk(secretPsk)}},
		events: [{kind: 'server-read', server}],
		phases: ['rereading', 'prechecking'],
		commands: ['read-server', 'dry-run'],
		outcome: undefined,
	},
	{
		name: 'a plan file knows the key only by its hash: another key is a change elsewhere',
		from: {...base, config: {...base.config, psk: ''}, key: {kind: 'hashed', hash: hashPsk('another key entirely')}},
		events: [{kind: 'server-read', server}],
		phases: ['rereading', 'reloading'],
		commands: ['read-server', 'load-context'],
		outcome: undefined,
	},
];

for (const row of table) {
	test(row.name, t => {
		const result = journey(row.events, row.from);
		t.deepEqual(result.phases, row.phases);
		t.deepEqual(result.commands, row.commands);
		t.is(outcomeOf(result.state)?.kind as string | undefined, row.outcome);
	});
}

test('interrupted once the update may have left: said as possibly sent', t => {
	const {state} = journey([...upToSubmit, {kind: 'interrupted', callInFlight: true}]);
	t.deepEqual(outcomeOf(state), {kind: 'interrupted', sent: true});
	t.deepEqual(outcomeOf(journey([{kind: 'interrupted', callInFlight: true}]).state), {kind: 'interrupted', sent: false});
	t.deepEqual(outcomeOf(journey([...upToSubmit, {kind: 'interrupted', callInFlight: false}]).state), {kind: 'interrupted', sent: false}, 'stopped before the call left');
});

test('the changes named when the server changed elsewhere are the fields that differ', t => {
	const {state} = journey([{kind: 'server-read', server: elsewhere}, {kind: 'context-loaded', loaded: {server: elsewhere, context, gateway}}]);
	const outcome = outcomeOf(state);
	t.deepEqual(outcome?.kind === 'changed-elsewhere' ? outcome.changes.map(change => change.field) : [], ['ipsecServerName']);
});

test('the DryRun and the real call carry the same plan; the real call follows the records', t => {
	let step = start(base, change);
	const all: Command[] = [...step.commands];
	for (const event of upToSubmit) {
		step = update(step.state, event);
		all.push(...step.commands);
	}

	const dryRun = all.find(command => command.kind === 'dry-run');
	const submit = all.find(command => command.kind === 'submit');
	t.is(dryRun?.kind === 'dry-run' ? dryRun.plan.clientToken : '', 'token-1');
	t.is(submit?.kind === 'submit' ? submit.plan.clientToken : '', 'token-1');
	const kinds = all.map(command => command.kind);
	t.true(kinds.indexOf('record-pending') < kinds.indexOf('submit'));
	t.true(kinds.indexOf('audit') < kinds.indexOf('submit'));
});

test('the lost answer keeps the RequestIds of the DryRun and of the failed call for the audit', t => {
	const {state} = journey([...upToSubmit, failed(apiError('NetworkError', {unknown: true, requestId: 'req-lost'}))]);
	t.is(state.phase, 'following');
	t.deepEqual(state.phase === 'following' ? state.requestIds : [], ['req-dry', 'req-lost']);
});

test('events that do not belong to a phase change nothing', t => {
	const {state} = start(base, change);
	t.is(update(state, {kind: 'pending-recorded'}).state, state);
	const finished: Phase = {phase: 'done', outcome: {kind: 'nothing-to-change'}};
	t.deepEqual(update(finished, {kind: 'interrupted', callInFlight: true}), {state: finished, commands: []});
});

test('a plan waits for confirmation: confirmed re-reads first, cancelled sends nothing, an interrupt says nothing was sent', t => {
	const waiting = planned(base, change);
	t.is(waiting.state.phase, 'planned');
	t.deepEqual(waiting.commands, []);
	t.deepEqual(update(waiting.state, {kind: 'confirmed'}), start(base, change));
	t.deepEqual(update(waiting.state, {kind: 'cancelled'}), {state: {phase: 'done', outcome: {kind: 'cancelled'}}, commands: []});
	t.deepEqual(update(waiting.state, {kind: 'interrupted', callInFlight: true}).state, {phase: 'done', outcome: {kind: 'interrupted', sent: false}});
});

test('a replayed answer is recognised by the RequestId of an earlier submitted line of the same server', async t => {
	const {replayedAnswer} = await import('../../source/engine/token-replay.js');
	const line = {time: 't', regionId: 'r', ipsecServerId: server.ipsecServerId, vpnGatewayId: 'v', changes: [], requestIds: ['req-dry', 'req-1'], verdict: 'submitted' as const};
	t.is(replayedAnswer('req-1', server.ipsecServerId, [line]), line);
	t.is(replayedAnswer('req-2', server.ipsecServerId, [line]), undefined);
	t.is(replayedAnswer('req-1', 'iss-other', [line]), undefined);
	t.is(replayedAnswer('req-1', server.ipsecServerId, [{...line, verdict: 'sending'}]), undefined);
});

test('a gateway followed without a record (status): active ends done with nothing recorded; a timeout says so; a stop only stops watching', t => {
	const target = {regionId: 'cn-hangzhou', vpnGatewayId: context.vpnGatewayId};
	const begun = startWatchingGateway(target);
	t.deepEqual(begun.commands, [{kind: 'follow-gateway', target}]);
	const active = update(begun.state, watched({kind: 'active'}));
	t.deepEqual(active, {state: {phase: 'done', outcome: {kind: 'gateway-active'}}, commands: []});
	const timedOut = update(begun.state, watched({kind: 'timeout', lastStatus: 'updating'}));
	t.deepEqual(timedOut.state, {phase: 'done', outcome: {kind: 'timed-out', requestIds: [], answerLost: false, lastStatus: 'updating'}});
	t.deepEqual(timedOut.commands, [], 'no record to settle, so no audit line');
	t.is(update(begun.state, {kind: 'interrupted', callInFlight: false}).state.phase, 'done');
	t.deepEqual(update(begun.state, {kind: 'dry-run-passed', requestId: 'x'}).state, begun.state, 'events of other phases change nothing');
});
