// The wizard from the first frame, against the sandbox: connect, regions, picker, overlays, abort.
import test from 'ava';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {connectionTo, keys, press, renderApp, sandboxFor, sandboxServices, servicesFor, waitForFrame, waitForText, waitUntil} from './harness.js';

test('without a region: the regions list, then the servers of the chosen one with the credential line', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)));
	await waitForText(instance, 'cn-hangzhou  China (Hangzhou)');
	t.true(instance.lastFrame()?.includes('Credentials: sandbox'));
	await press(instance, keys.enter);
	const frame = await waitForText(instance, 'hq-legacy-clients');
	t.regex(frame, /Step 2 of 10/);
	t.regex(frame, /Client pool/);
	t.regex(frame, /AccessKey ID SAND/);
	instance.unmount();
});

test('picking a server loads its context once and opens Basics', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou'});
	await waitForText(instance, 'platform-admins');
	await press(instance, ...'platform'.split(''));
	await waitForText(instance, '1 shown');
	await press(instance, keys.enter);
	await waitForText(instance, 'Step 3 of 10');
	const counts = (action: string) => sandbox.inspect.calls().filter(call => call.action === action).length;
	t.is(counts('DescribeVpnGateway'), 1);
	t.is(counts('DescribeVpcAttribute'), 1);
	t.is(counts('ListIpsecServers'), 2, 'the first page, then the servers of the gateway');
	instance.unmount();
});

test('--server skips the picker with one look-up of the server', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	await waitForText(instance, 'Step 3 of 10');
	t.true(instance.lastFrame()?.includes('platform-admins'));
	instance.unmount();
});

test('an unknown --server says so in one sentence, and Esc goes to the picker', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou', ipsecServerId: 'iss-doesnotexist1'});
	await waitForText(instance, 'There is no IPsec server iss-doesnotexist1 in cn-hangzhou');
	await press(instance, keys.escape);
	await waitForText(instance, 'Step 2 of 10');
	t.pass();
	instance.unmount();
});

test('an empty region says so and how to pick another; Esc goes back to the regions', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'ap-southeast-1'});
	await waitForText(instance, 'There is no IPsec server in ap-southeast-1');
	t.regex(instance.lastFrame() ?? '', /--region/);
	await press(instance, keys.escape);
	await waitForText(instance, 'pick the region');
	instance.unmount();
});

test('a large region: 20 rows from one call, PgDn for more, an exact ID found with at most two calls', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-shanghai'});
	await waitForText(instance, '20 shown, more in cn-shanghai');
	const listCalls = () => sandbox.inspect.calls().filter(call => call.action === 'ListIpsecServers').length;
	t.is(listCalls(), 1);
	await press(instance, keys.pageDown);
	await waitForText(instance, '40 shown');
	t.is(listCalls(), 2);

	const {instance: second} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-shanghai'});
	await waitForText(second, '20 shown');
	const before = listCalls();
	const target = [...Array.from({length: 300}).keys()].map(index => `sh-office-${String(index + 1).padStart(4, '0')}`).at(-1)!;
	// Typed as one burst: a pause of more than the look-up delay on a prefix is a look-up of its own
	// (as it should be), which a loaded machine would otherwise turn into extra calls.
	await press(second, target);
	await waitForText(second, '1 shown');
	t.true(second.lastFrame()?.includes(target));
	t.is(listCalls() - before, 1, 'one look-up by name after the first page');
	instance.unmount();
	second.unmount();
});

test('? opens help over the picker; Esc closes it and the filter is still there', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou'});
	await waitForText(instance, 'hq-legacy-clients');
	await press(instance, 'f', 'i', 'n');
	await waitForText(instance, 'Filter: fin');
	await press(instance, '?');
	await waitForText(instance, 'Help: keys');
	t.false(instance.lastFrame()?.includes('Filter: fin'));
	await press(instance, keys.escape);
	await waitForText(instance, 'Filter: fin');
	instance.unmount();
});

test('Ctrl+C with edits asks first; n keeps editing, y quits with 130', async t => {
	const sandbox = await sandboxFor(t);
	const {instance, exits} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	await waitForText(instance, 'Step 3 of 10');
	await press(instance, 'x', 'y');
	await press(instance, keys.ctrlC);
	await waitForText(instance, 'Quit anyway?');
	await press(instance, 'n');
	await waitForText(instance, 'Step 3 of 10');
	t.is(exits.length, 0);
	await press(instance, keys.ctrlC);
	await waitForText(instance, 'Quit anyway?');
	await press(instance, 'y');
	await waitUntil(() => exits.length > 0, 'an exit');
	t.is(exits[0]?.code, 130);
	instance.unmount();
});

test('Ctrl+C without edits quits at once with 130', async t => {
	const sandbox = await sandboxFor(t);
	const {instance, exits} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou'});
	await waitForText(instance, 'hq-legacy-clients');
	await press(instance, keys.ctrlC);
	await waitUntil(() => exits.length > 0, 'an exit');
	t.is(exits[0]?.code, 130);
	instance.unmount();
});

test('under an ASCII locale no frame has a character outside ASCII', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou'}, false);
	const frame = await waitForText(instance, 'hq-legacy-clients');
	t.notRegex(frame, /[^\u0000-\u007F]/u);
	instance.unmount();
});

test('the whole journey: rename, review, submit, verified at once, summary, exit 0 with the audit log path', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	const {instance, exits} = renderApp(services, {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	await waitForText(instance, 'Step 3 of 10');
	await press(instance, '-', '2');
	// Enter accepts each field and step; the review's first choice submits.
	for (let presses = 0; presses < 40 && !(instance.lastFrame() ?? '').includes('what the clients must match'); presses++) {
		await press(instance, keys.enter);
	}

	const frame = await waitForText(instance, 'what the clients must match');
	t.regex(frame, /Verified/);
	t.notRegex(frame, /Pre-shared key\s+\S*[A-Za-z0-9]{8,}/, 'the PSK stays masked');
	t.is(sandbox.inspect.server(demoServerIds.modern)?.ipsecServerName, 'platform-admins-2');
	await press(instance, keys.enter);
	await waitUntil(() => exits.length > 0, 'the exit');
	t.is(exits[0]?.code, 0);
	t.true(exits[0]?.lines.some(line => line.includes(services.auditLog.path)));
	instance.unmount();
});

test('the client retries are visible while a screen waits: a throttling wait counts down', async t => {
	const sandbox = await sandboxFor(t);
	// Jitter at 0.9: each wait close to its ceiling (1, 2, 4 s…), long enough to be drawn.
	const services = await sandboxServices(t, sandbox, () => 0.9);
	sandbox.setFaults({seed: 1, throttleRate: 1});
	const {instance} = renderApp(services, {regionId: 'cn-hangzhou'});
	const frame = await waitForFrame(instance, text => /Throttled by the service; trying again in \d+ s \(up to \d+ s more\)/.test(text), 'a retry notice');
	t.regex(frame, /Esc stops/);
	sandbox.setFaults(undefined);
	await waitForText(instance, 'hq-legacy-clients', 60_000);
	instance.unmount();
});
