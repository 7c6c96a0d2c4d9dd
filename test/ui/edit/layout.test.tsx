// Every screen of the edit flow fits 80x24 and stays usable at 60 columns; in ASCII mode nothing
// outside ASCII is drawn. Each step is visited with every one of its fields focused.
import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import type {EditStepId} from '../../../source/ui/edit/edit-flow.js';
import {keys, press, pressQuietly, renderEditFlow, waitFor, waitForFrame, type HarnessOptions} from './harness.js';

const fieldCounts: Array<[EditStepId, number, string]> = [
	['basics', 3, 'Basics'],
	['ike', 8, 'Phase 1'],
	['ipsec', 4, 'Phase 2'],
	['auth', 2, 'Authentication'],
	['apply', 1, 'When to apply'],
];

function lines(frame: string): string[] {
	return stripVTControlCharacters(frame).split('\n');
}

async function framesOfEveryField(options: HarnessOptions): Promise<string[]> {
	const frames: string[] = [];
	for (const [step, count, title] of fieldCounts) {
		const instance = await renderEditFlow({...options, step});
		frames.push(await waitForFrame(instance, title));
		for (let field = 1; field < count; field++) {
			await press(instance, keys.tab);
			frames.push(instance.lastFrame() ?? '');
		}

		instance.unmount();
	}

	return frames;
}

async function reviewFrames(options: HarnessOptions): Promise<string[]> {
	const notice = {kind: 'error' as const, lines: ['The gateway is busy applying another change (VpnGateway.Configuring).', 'Wait until it is active again, then submit again.', 'RequestId: 5C0FA3F0-7E1B-4C8A-9A59-0D3D1C6E4B21']};
	const instance = await renderEditFlow({...options, step: 'ike', notice});
	await waitForFrame(instance, 'IKE version');
	// The recommended preset changes several fields at once, like a first-time setup would.
	await press(instance, 'r');
	for (let field = 0; field < 8; field++) {
		await press(instance, keys.enter);
	}

	await press(instance, 'r');
	for (let field = 0; field < 4 + 2 + 1; field++) {
		await press(instance, keys.enter);
	}

	const review = await waitForFrame(instance, /Changes \(\d+\)/);
	await press(instance, keys.down, keys.enter);
	const pick = await waitForFrame(instance, 'Go back to which step?');
	await pressQuietly(instance, keys.escape);
	await waitFor(() => !(instance.lastFrame() ?? '').includes('Go back to which step?'), 'the choices again');
	await press(instance, 'd');
	const details = await waitForFrame(instance, 'Up/Down scroll');
	await press(instance, '\u001B[6~');
	const detailsEnd = instance.lastFrame() ?? '';
	instance.unmount();
	return [review, pick, details, detailsEnd];
}

for (const columns of [80, 60]) {
	test(`every field of every step fits 24 rows and ${columns} columns`, async t => {
		const frames = [...await framesOfEveryField({columns}), ...await reviewFrames({columns})];
		for (const frame of frames) {
			const rows = lines(frame);
			t.true(rows.length <= 24, `${rows.length} rows:\n${frame}`);
			const widest = Math.max(...rows.map(row => [...row].length));
			t.true(widest <= columns, `a line of ${widest} columns:\n${frame}`);
		}
	});
}

test('in ASCII mode no frame holds a character outside ASCII', async t => {
	const options = {columns: 60, unicode: false, color: false};
	const frames = [...await framesOfEveryField(options), ...await reviewFrames(options)];
	for (const frame of frames) {
		// eslint-disable-next-line no-control-regex
		const outside = [...stripVTControlCharacters(frame)].filter(character => /[^\u0000-\u007F]/u.test(character));
		t.deepEqual(outside, [], frame);
	}
});
