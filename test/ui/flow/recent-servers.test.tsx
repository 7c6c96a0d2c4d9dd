// The picker offers the servers opened lately in its region: Tab puts one in the filter, Enter opens it.
import test from 'ava';
import {largeRegion} from '../../../source/sandbox/seed/large-region.js';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import type {RecentServer} from '../../../source/services/preferences-store.js';
import {nextRecentFilter, recentInRegion} from '../../../source/ui/flow/recent-servers.js';
import {connectionTo, keys, press, renderApp, sandboxFor, servicesFor, waitForText} from './harness.js';

const recent = (regionId: string, ipsecServerId: string, ipsecServerName: string): RecentServer => ({regionId, ipsecServerId, ipsecServerName, at: '2026-11-26T09:00:00.000Z'});

test('only the region\'s own, newest first, at most three', t => {
	const list = [
		recent('cn-hangzhou', 'iss-a', 'a'),
		recent('cn-shanghai', 'iss-b', 'b'),
		recent('cn-hangzhou', 'iss-c', 'c'),
		recent('cn-hangzhou', 'iss-d', 'd'),
		recent('cn-hangzhou', 'iss-e', 'e'),
	];
	t.deepEqual(recentInRegion(list, 'cn-hangzhou').map(server => server.ipsecServerId), ['iss-a', 'iss-c', 'iss-d']);
	t.deepEqual(recentInRegion(list, 'ap-southeast-1'), []);
});

test('Tab goes round the recent servers, starting from the first whatever was typed', t => {
	const list = [recent('cn-hangzhou', 'iss-a', 'a'), recent('cn-hangzhou', 'iss-c', 'c')];
	t.is(nextRecentFilter(list, ''), 'iss-a');
	t.is(nextRecentFilter(list, 'office'), 'iss-a');
	t.is(nextRecentFilter(list, 'iss-a'), 'iss-c');
	t.is(nextRecentFilter(list, ' iss-c '), 'iss-a');
	t.is(nextRecentFilter([], ''), undefined);
});

test('the picker shows the region\'s recent servers; Tab fills the filter, Enter opens it', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	// Remembered oldest first, so platform-admins is the most recent.
	await services.preferences.rememberServer(recent('cn-hangzhou', demoServerIds.legacy, 'hq-legacy-clients'));
	await services.preferences.rememberServer(recent('cn-shanghai', 'iss-elsewhere1', 'not-this-region'));
	await services.preferences.rememberServer(recent('cn-hangzhou', demoServerIds.modern, 'platform-admins'));
	const {instance} = renderApp(services, {regionId: 'cn-hangzhou'});
	const frame = await waitForText(instance, 'Recent: platform-admins · hq-legacy-clients (Tab)');
	t.false(frame.includes('not-this-region'));
	t.regex(frame, /Tab recent/);
	await press(instance, keys.tab);
	await waitForText(instance, `Filter: ${demoServerIds.modern}`);
	await press(instance, keys.tab);
	await waitForText(instance, `Filter: ${demoServerIds.legacy}`);
	await waitForText(instance, '1 shown');
	await press(instance, keys.enter);
	await waitForText(instance, 'Step 3 of 10');
	t.true(instance.lastFrame()?.includes('hq-legacy-clients'));
	instance.unmount();
});

test('a recent server far down a large region is found with one look-up', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	const last = largeRegion(300).servers.at(-1)!;
	await services.preferences.rememberServer(recent('cn-shanghai', last.ipsecServerId, last.ipsecServerName));
	const {instance} = renderApp(services, {regionId: 'cn-shanghai'});
	await waitForText(instance, `Recent: ${last.ipsecServerName} (Tab)`);
	await waitForText(instance, '20 shown');
	const listCalls = () => sandbox.inspect.calls().filter(call => call.action === 'ListIpsecServers').length;
	const before = listCalls();
	await press(instance, keys.tab);
	await waitForText(instance, '1 shown');
	t.is(listCalls() - before, 1);
	await press(instance, keys.enter);
	await waitForText(instance, 'Step 3 of 10');
	t.true(instance.lastFrame()?.includes(last.ipsecServerName));
	instance.unmount();
});

test('without remembered servers there is no Recent line and no Tab hint', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou'});
	await waitForText(instance, 'hq-legacy-clients');
	await press(instance); // the preferences have been read by the time the frame is still
	const frame = instance.lastFrame() ?? '';
	t.false(frame.includes('Recent:'));
	t.false(frame.includes('Tab recent'));
	instance.unmount();
});
