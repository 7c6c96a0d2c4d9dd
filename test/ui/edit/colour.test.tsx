// Colour follows the environment's switch. Under a test runner stdout is no terminal, so the
// chalk that Ink draws colours with starts at level 0; it is raised here so that colour would
// show if a screen drew any, and only the `color` flag may turn it off.
import test from 'ava';
import chalk from 'chalk';
import {keys, press, renderEditFlow, waitForFrame} from './harness.js';

chalk.level = 1;

// SGR foreground colours 30-37 and 90-97.
// eslint-disable-next-line no-control-regex
const foreground = /\u001B\[(?:3[0-7]|9[0-7])m/u;

async function invalidPoolFrame(color: boolean): Promise<string> {
	const instance = await renderEditFlow({color});
	await waitForFrame(instance, 'Basics');
	await press(instance, keys.tab, keys.tab, keys.ctrlU, 'not-a-block');
	const frame = await waitForFrame(instance, 'not an IPv4 CIDR block');
	instance.unmount();
	return frame;
}

test('with colour on, a message about a wrong value is red', async t => {
	t.regex(await invalidPoolFrame(true), /\u001B\[31m/u);
});

test('with colour off, no frame carries a colour', async t => {
	t.notRegex(await invalidPoolFrame(false), foreground);
});
