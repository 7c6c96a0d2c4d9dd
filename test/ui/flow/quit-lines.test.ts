// What a quit says after an update was sent (issue 9 finding 3): while its outcome is unknown, that
// it may have been applied and how to follow it; once the server was read, what the server said.
import test from 'ava';
import {configFromServer} from '../../../source/domain/index.js';
import {draftFromConfig} from '../../../source/ui/edit/draft.js';
import {appReducer, initialAppState, type AppAction, type AppState, type Loaded} from '../../../source/ui/flow/app-reducer.js';
import {interruptLines} from '../../../source/ui/app.js';
import {config, plan, server} from '../../services/fixtures.js';
import {connected} from '../../support/connected-action.js';

const loaded = {server, context: {}, gateway: {}} as unknown as Loaded;
const run = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);

const sent = (): AppState =>
	run(
		initialAppState({regionId: 'cn-hangzhou', ipsecServerId: server.ipsecServerId}),
		{type: 'connected', ...connected},
		{type: 'context-loaded', loaded, draft: draftFromConfig(configFromServer(server))},
		{type: 'submit-requested', plan, edited: config},
		{type: 'outcome-unknown', requestIds: ['RID-DRY'], reason: 'The connection was lost.'},
	);

test('after a lost answer the wizard follows the update, and a quit says it may have been applied, with the command', t => {
	const state = sent();
	t.is(state.phase, 'status');
	const lines = interruptLines(state)?.join(' ') ?? '';
	t.regex(lines, /may have been applied/);
	t.regex(lines, new RegExp(`ipsec-wizard status --region ${plan.regionId} --gateway ${plan.vpnGatewayId} --server ${plan.ipsecServerId}`));
	t.notRegex(lines, /nothing was changed/);
});

test('once the server was read and does not hold the plan, a quit says what it read', t => {
	const state = run(sent(), {type: 'verdict-read', outcome: {kind: 'not-applied', requestIds: ['RID-DRY'], verification: {verified: false, mismatches: []}}});
	t.deepEqual(interruptLines(state), ['Not applied: the server still has its old settings, so nothing was changed.', 'Run the wizard again to make the change.']);
});

test('a lost answer stays in doubt on any screen until a verdict', t => {
	// No transition leads there any more (a doubtful submission lives only while it is followed), but the guard holds for any state carrying one.
	const state = {...sent(), phase: 'edit'} as unknown as AppState;
	t.regex(interruptLines(state)?.join(' ') ?? '', /may have been applied/);
});

const submitting = (): AppState =>
	run(
		initialAppState({regionId: 'cn-hangzhou', ipsecServerId: server.ipsecServerId}),
		{type: 'connected', ...connected},
		{type: 'context-loaded', loaded, draft: draftFromConfig(configFromServer(server))},
		{type: 'submit-requested', plan, edited: config},
	);

test('interrupted while the server is re-read or prechecked: nothing was sent that changes anything, and it says so', t => {
	t.deepEqual(interruptLines(submitting()), ['Interrupted before the update was sent; nothing was changed.']);
});

test('interrupted once the update has left: it may have been applied, with the command that follows it', t => {
	const lines = interruptLines(run(submitting(), {type: 'update-sending'}))?.join(' ') ?? '';
	t.regex(lines, /may have been applied/);
	t.regex(lines, /ipsec-wizard status --region/);
});
