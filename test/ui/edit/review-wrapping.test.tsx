// The review of a legacy server (several advisories, a long CLI command) at 60 and 80 columns: the
// advice wraps at words, the command is shortened at whole options, nothing is cut at the edge.
import React from 'react';
import test from 'ava';
import stringWidth from 'string-width';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {App} from '../../../source/ui/app.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';
import {connectionTo, sandboxFor, servicesFor, waitUntil} from '../flow/harness.js';
import {renderSized} from './render-sized.js';

for (const columns of [60, 80]) {
	test.serial(`at ${columns} columns the review's advice wraps and its command is shortened at whole options`, async t => {
		const sandbox = await sandboxFor(t);
		const services = await servicesFor(t, connectionTo(sandbox));
		const screen = renderSized(
			columns,
			<UiEnvironmentProvider value={{sandbox: true, unicode: true, color: false, symbols: symbolsFor(true)}}>
				<App services={services} options={{sandbox: true, regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.legacy, timeoutMs: 60_000}} end={() => undefined} />
			</UiEnvironmentProvider>,
		);
		const frame = () => screen.lastFrame() ?? '';
		await waitUntil(() => frame().includes('Step 3 of 10'), 'Basics');
		// A rename, so there is something to send; then Enter through to the review.
		screen.stdin.write('-x');
		await waitUntil(() => frame().includes('hq-legacy-clients-x'), 'the typed name');
		for (let presses = 0; presses < 40 && !frame().includes('Step 8 of 10'); presses++) {
			const before = frame();
			screen.stdin.write('\r');
			await waitUntil(() => frame() !== before, 'the Enter taking effect');
		}

		await waitUntil(() => frame().includes('CLI: '), 'the review with its command');
		const lines = frame().replace(/\n$/, '').split('\n');
		t.true(lines.every(line => stringWidth(line) <= columns), lines.join('\n'));
		const advice = lines.filter(line => line.startsWith('⚠ '));
		t.true(advice.length > 0, frame());
		t.true(lines.every(line => !line.endsWith('…')), `nothing cut at the edge:\n${frame()}`);
		const command = lines.find(line => line.startsWith('CLI: '))!;
		t.regex(command, /^CLI: aliyun vpc UpdateIpsecServer( --\w+ \S+)* \+\d+ more \(d\)$/, command);
		screen.unmount();
	});
}
