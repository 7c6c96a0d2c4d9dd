// The picker with everything it can show at once (the remembered-profile note and three recent
// servers over a full page) still fits 80×24 and 60 columns.
import React from 'react';
import test from 'ava';
import {largeRegion} from '../../../source/sandbox/seed/large-region.js';
import {App} from '../../../source/ui/app.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';
import {renderSized} from '../edit/render-sized.js';
import {connectionTo, sandboxFor, servicesFor, waitUntil} from './harness.js';

for (const columns of [80, 60]) {
	test.serial(`the picker with a profile note and recent servers fits ${columns}×24`, async t => {
		const sandbox = await sandboxFor(t);
		const services = await servicesFor(t, {...connectionTo(sandbox), credentials: {source: 'environment', accessKeyIdMasked: 'SAND…0001'}});
		await services.preferences.rememberProfile('customer-with-a-rather-long-profile-name');
		for (const server of largeRegion(300).servers.slice(0, 3)) {
			await services.preferences.rememberServer({regionId: 'cn-shanghai', ipsecServerId: server.ipsecServerId, ipsecServerName: server.ipsecServerName, at: '2026-11-26T09:00:00.000Z'});
		}

		const screen = renderSized(
			columns,
			<UiEnvironmentProvider value={{sandbox: false, unicode: true, color: false, symbols: symbolsFor(true)}}>
				<App services={services} options={{sandbox: false, regionId: 'cn-shanghai', timeoutMs: 60_000}} end={() => undefined} />
			</UiEnvironmentProvider>,
		);
		const frame = () => screen.lastFrame() ?? '';
		await waitUntil(() => frame().includes('20 shown') && frame().includes('Recent:') && frame().includes('The last run used'), 'the full picker');
		const lines = frame().replace(/\n$/, '').split('\n');
		t.true(lines.length <= 24, `${lines.length} lines:\n${frame()}`);
		for (const line of lines) {
			t.true([...line].length <= columns, line);
		}

		t.true(frame().includes('Step 2 of 10'), 'the top of the screen is still there');
		screen.unmount();
	});
}
