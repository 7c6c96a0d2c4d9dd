// Keys no screen knows (Ctrl+F1, a pasted colour sequence, any escape sequence a terminal or a
// paste can produce) are ignored on every screen: the wizard neither crashes nor types them.
import test from 'ava';
import fc from 'fast-check';
import {demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {connectionTo, keys, press, renderApp, sandboxFor, servicesFor, settled, waitForText} from '../flow/harness.js';

/**
 * The keys the screens use (arrows in every terminal's spelling, Home/End, PgUp/PgDn, Insert/Delete,
 * Tab and Shift+Tab, keypad Enter)
 * are left out: they act, as they should. Everything else must be ignored.
 */
const isKnownKey = (sequence: string): boolean =>
	/^\u001B\[[\d;]*[A-DFHZa-du]$/u.test(sequence) || /^\u001B\[[1-8](?:;\d*)?~$/u.test(sequence) || /^\u001BO[A-DFHMa-d]$/u.test(sequence);

const escapeSequences = fc.oneof(
	// CSI with any parameters, intermediates and final byte (SGR, modified function keys, …).
	fc.tuple(fc.stringMatching(/^[0-9;:<=>?]{0,8}$/), fc.stringMatching(/^[ -/]{0,2}$/), fc.integer({min: 0x40, max: 0x7E})).map(
		([parameters, intermediates, final]) => `\u001B[${parameters}${intermediates}${String.fromCodePoint(final)}`,
	),
	// SS3 (function keys) and two-character escapes (Alt with a key), as a terminal sends them.
	// (SS3 M is the keypad's Enter: a real Enter, so left out.)
	fc.integer({min: 0x40, max: 0x7E})
		.filter(code => code !== 0x4D)
		.map(code => `\u001BO${String.fromCodePoint(code)}`),
	fc.integer({min: 0x20, max: 0x7E})
		.filter(code => !'[O]P_^X'.includes(String.fromCodePoint(code)))
		.map(code => `\u001B${String.fromCodePoint(code)}`),
	// Control strings: OSC, DCS, APC with BEL or ST.
	fc.tuple(fc.constantFrom(']', 'P', '_', '^', 'X'), fc.stringMatching(/^[ -~]{0,12}$/), fc.constantFrom('\u0007', '\u001B\\')).map(
		([kind, body, end]) => `\u001B${kind}${body}${end}`,
	),
	fc.constant('\u001B[1;5P'),
	fc.constant('\u001B[1;6Q'),
	fc.constant('\u001B[15;7~'),
).filter(sequence => !isKnownKey(sequence));

/** Writes each generated sequence to the screen; any crash throws out of stdin.write. */
async function survivesEscapes(instance: ReturnType<typeof renderApp>['instance'], runs = 40): Promise<void> {
	await fc.assert(
		fc.asyncProperty(escapeSequences, async sequence => {
			instance.stdin.write(sequence);
		}),
		{numRuns: runs},
	);
	await settled(instance);
}

test('Ctrl+F1 and a pasted colour sequence on the regions list, the picker and every edit step change nothing and crash nothing', async t => {
	const sandbox = await sandboxFor(t);
	const {instance, exits} = renderApp(await servicesFor(t, connectionTo(sandbox)));
	await waitForText(instance, 'cn-hangzhou  China (Hangzhou)');
	await survivesEscapes(instance);
	t.regex(instance.lastFrame() ?? '', /pick the region/);
	t.regex(instance.lastFrame() ?? '', /❯ cn-hangzhou/, 'the highlight did not move');
	await press(instance, keys.enter);
	await waitForText(instance, 'hq-legacy-clients');
	await survivesEscapes(instance);
	const picker = instance.lastFrame() ?? '';
	t.regex(picker, /Filter: \(type a name or an ID\)/, 'nothing was typed into the filter');
	t.deepEqual(exits, []);
	instance.unmount();
});

test('on each edit step and the review, arbitrary escape sequences are ignored and the step still takes Enter', async t => {
	const sandbox = await sandboxFor(t);
	const {instance, exits} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	for (let step = 3; step <= 8; step++) {
		await waitForText(instance, `Step ${step} of 10`);
		await survivesEscapes(instance, 25);
		t.regex(instance.lastFrame() ?? '', new RegExp(`Step ${step} of 10`));
		if (step < 8) {
			// Enter through the fields of the step until the next one shows, one key at a time.
			for (let presses = 0; presses < 12 && (instance.lastFrame() ?? '').includes(`Step ${step} of 10`); presses++) {
				await press(instance, keys.enter);
			}
		}
	}

	t.deepEqual(exits, []);
	instance.unmount();
});

test('pasting text with a colour sequence or a title sequence into a field keeps only the text', async t => {
	const sandbox = await sandboxFor(t);
	const {instance} = renderApp(await servicesFor(t, connectionTo(sandbox)), {regionId: 'cn-hangzhou', ipsecServerId: demoServerIds.modern});
	await waitForText(instance, 'Step 3 of 10');
	await waitForText(instance, '(IpsecServerName)');
	await press(instance, '\u0015');
	instance.stdin.write('ab\u001B[31mRED');
	await waitForText(instance, 'abRED');
	await press(instance, '\u0015');
	instance.stdin.write('ab\u001B]0;pwned\u0007cd');
	const frame = await waitForText(instance, 'abcd');
	t.false(frame.includes('pwned'), frame);
	t.false(frame.includes(']0;'), frame);
	instance.unmount();
});
