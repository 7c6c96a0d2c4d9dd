// After a rename the wizard names the server by its new name: on the summary that follows and in
// the picker's "Recent:" line of a later run.
import test from 'ava';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {connectionTo, keys, press, renderApp, sandboxFor, servicesFor, waitForText} from './harness.js';

test('the summary after a rename names the server by its new name', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	const {instance} = renderApp(services, {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	await waitForText(instance, 'Step 3 of 10');
	await press(instance, '-', 'n', 'e', 'w');
	for (let presses = 0; presses < 40 && !(instance.lastFrame() ?? '').includes('what the clients must match'); presses++) {
		await press(instance, keys.enter);
	}

	const frame = await waitForText(instance, 'what the clients must match');
	t.regex(frame, /platform-admins-new \(iss-bp1x1c3v5b7n9m2a4s6d8\)/, frame);
	instance.unmount();
});

test('the picker\'s Recent line shows the name the server has now, not the one remembered', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	await services.preferences.rememberServer({regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern, ipsecServerName: 'platform-admins', at: '2026-11-26T09:00:00.000Z'});
	sandbox.inspect.mutateServer(demoServerIds.modern, {ipsecServerName: 'platform-admins-renamed'});
	const {instance} = renderApp(services, {regionId: 'cn-hangzhou'});
	const frame = await waitForText(instance, '7 shown');
	t.regex(frame, /Recent: platform-admins-renamed \(Tab\)/, frame);
	instance.unmount();
});
