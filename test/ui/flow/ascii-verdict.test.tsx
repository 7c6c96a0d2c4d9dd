// Under LANG=C the verdict is spelled in ASCII a person reads as a verdict: `OK Verified`, not `v`.
import test from 'ava';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {connectionTo, keys, press, renderApp, sandboxFor, servicesFor, waitForText} from './harness.js';

test('the ASCII tick reads OK', t => {
	t.is(symbolsFor(false).tick, 'OK');
});

test('under an ASCII locale the summary says "OK Verified"', async t => {
	const sandbox = await sandboxFor(t);
	const services = await servicesFor(t, connectionTo(sandbox));
	const {instance} = renderApp(services, {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern}, false);
	await waitForText(instance, 'Step 3 of 10');
	await press(instance, '-', '2');
	for (let presses = 0; presses < 40 && !(instance.lastFrame() ?? '').includes('what the clients must match'); presses++) {
		await press(instance, keys.enter);
	}

	const frame = await waitForText(instance, 'what the clients must match');
	t.regex(frame, /^OK Verified: /m, frame);
	instance.unmount();
});
