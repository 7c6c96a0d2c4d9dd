// The pty harness itself: if these fail, no journey result means anything.
import test from 'ava';
import {childEnvironment} from '../support/child-env.js';
import {startPty} from '../support/pty-session.js';
import {screenToAnsi} from '../support/screen-ansi.js';
import {screenToSvg} from '../support/screen-svg.js';

const node = process.execPath;

const script = (source: string) => ['-e', source];

test('the screen shows what the program printed, lines right-trimmed', async t => {
	const session = startPty({command: node, args: script('process.stdout.write("hello   \\r\\nworld\\r\\n")')});
	const exit = await session.waitForExit();
	t.is(exit.exitCode, 0);
	t.deepEqual(session.screenLines().slice(0, 2), ['hello', 'world']);
	t.is(session.screenText(), 'hello\nworld');
});

test('waitForText resolves on the output that makes it true', async t => {
	const session = startPty({
		command: node,
		args: script('setTimeout(() => process.stdout.write("later"), 100); setTimeout(() => {}, 300)'),
	});
	t.false(session.screenText().includes('later'));
	const screen = await session.waitForText(/lat.r/);
	t.true(screen.includes('later'));
	await session.waitForExit();
});

test('a synchronized frame that arrives in parts is judged only once it is whole', async t => {
	// The frame's first part already satisfies the condition; its end (which clears the old mark)
	// comes 300 ms later, as a loaded machine may deliver one write of the program in two reads.
	const source = [
		'process.stdin.setRawMode(true);',
		'process.stdout.write("value: old\\r\\nmark: bad");',
		'process.stdin.once("data", () => {',
		'process.stdout.write("\\u001b[?2026h\\u001b[1;1H\\u001b[2Kvalue: new");',
		'setTimeout(() => { process.stdout.write("\\u001b[2;1H\\u001b[2Kmark: good\\u001b[?2026l"); process.exit(0); }, 300);',
		'});',
	].join('');
	const session = startPty({command: node, args: script(source)});
	await session.waitForText('mark: bad');
	session.type('x');
	const screen = await session.waitForText('value: new');
	t.is(screen, 'value: new\nmark: good');
	await session.waitForExit();
});

test('waitForText rejects on timeout with the current screen in the message', async t => {
	const session = startPty({command: node, args: script('process.stdout.write("something else"); setTimeout(() => {}, 2000)')});
	await session.waitForText('something');
	const error = await t.throwsAsync(session.waitForText('never shown', {timeout: 200}));
	t.regex(error?.message ?? '', /timed out after 200 ms[\s\S]*Screen:\nsomething else/);
	await session.kill();
});

test('waiting for text the program can no longer show fails as soon as it exits', async t => {
	const session = startPty({command: node, args: script('process.stdout.write("bye")')});
	const error = await t.throwsAsync(session.waitForText('never shown', {timeout: 60_000}));
	t.regex(error?.message ?? '', /exited[\s\S]*Screen:\nbye/);
});

test('keys reach the program through a tty in raw mode', async t => {
	const source = [
		'process.stdin.setRawMode(true);',
		'process.stdout.write(`tty:${process.stdin.isTTY && process.stdout.isTTY}\\r\\n`);',
		'process.stdin.on("data", d => { process.stdout.write(JSON.stringify(d.toString()) + "\\r\\n"); if (d.includes(3)) process.exit(7); });',
	].join('');
	const session = startPty({command: node, args: script(source)});
	await session.waitForText('tty:true');
	session.type('a');
	await session.waitForText('"a"');
	session.up();
	await session.waitForText('"\\u001b[A"');
	session.enter();
	await session.waitForText('"\\r"');
	session.ctrlC();
	t.is((await session.waitForExit()).exitCode, 7);
});

test('the raw log keeps every byte, escape sequences and UTF-8 included', async t => {
	const session = startPty({command: node, args: script('process.stdout.write("\\u001b[31mred\\u001b[39m ✔")')});
	await session.waitForExit();
	t.true(session.rawText().includes('\u001B[31mred\u001B[39m ✔'));
	t.true(session.rawBytes().some(byte => byte > 0x7F));
	t.is(session.screenText(), 'red ✔');
});

test('the child gets a clean environment: no CI, fresh HOME and config dir', async t => {
	process.env.CI = 'true';
	const env = childEnvironment();
	delete process.env.CI;
	const session = startPty({
		command: node,
		env,
		args: script('const e = process.env; process.stdout.write([e.CI ?? "no-ci", e.HOME === e.IPSEC_WIZARD_CONFIG_DIR, e.ALIBABA_CLOUD_ECS_METADATA_DISABLED, e.TERM, e.LANG].join(" "))'),
	});
	await session.waitForExit();
	t.is(session.screenText(), 'no-ci true true xterm-256color en_US.UTF-8');
	t.not(env.HOME, process.env.HOME);
});

test('resize reaches the program as a new size and SIGWINCH', async t => {
	const source = [
		'process.stdout.write(`size ${process.stdout.columns}x${process.stdout.rows}\\r\\n`);',
		'process.stdout.on("resize", () => { process.stdout.write(`size ${process.stdout.columns}x${process.stdout.rows}\\r\\n`); process.exit(0); });',
		'setTimeout(() => {}, 5000);',
	].join('');
	const session = startPty({command: node, args: script(source), cols: 80, rows: 24});
	await session.waitForText('size 80x24');
	session.resize(60, 20);
	await session.waitForText('size 60x20');
	t.is(session.cols, 60);
	t.is((await session.waitForExit()).exitCode, 0);
});

test('signals end the program and the exit reports them', async t => {
	const session = startPty({command: node, args: script('process.stdout.write("waiting"); setTimeout(() => {}, 10000)')});
	await session.waitForText('waiting');
	session.signal('SIGHUP');
	const exit = await session.waitForExit();
	t.is(exit.signal, 1);
});

test('the SVG picture draws the text and its colours, the same way every time', async t => {
	const source = 'process.stdout.write("\\u001b[1mBold\\u001b[22m \\u001b[32mgreen\\u001b[39m \\u001b[7minv\\u001b[27m \\u001b[2mdim\\u001b[22m <&>")';
	const first = startPty({command: node, args: script(source), cols: 40, rows: 4});
	const second = startPty({command: node, args: script(source), cols: 40, rows: 4});
	await Promise.all([first.waitForExit(), second.waitForExit()]);
	const svg = screenToSvg(first.terminal, {title: 'demo'});
	t.is(svg, screenToSvg(second.terminal, {title: 'demo'}));
	t.regex(svg, /<text[^>]*font-weight="bold"[^>]*>Bold<\/text>/);
	t.regex(svg, /<text[^>]*fill="#98c379"[^>]*>green<\/text>/);
	t.regex(svg, /<rect[^>]*fill="#d9dce6"\/>/); // inverse: the foreground becomes the background
	t.regex(svg, /<text[^>]*opacity="0.6"[^>]*>dim<\/text>/);
	t.true(svg.includes('&lt;&amp;&gt;'));
	t.true(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="96"'));
});

test('a screen written back out as escape sequences redraws the same screen', async t => {
	const source = 'process.stdout.write("\\u001b[1mBold\\u001b[22m   \\u001b[38;5;202morange\\u001b[39m\\r\\n\\u001b[7m inv \\u001b[27m end")';
	const original = startPty({command: node, args: script(source), cols: 30, rows: 3});
	await original.waitForExit();
	const frame = screenToAnsi(original.terminal);
	const copy = startPty({command: node, args: script(`process.stdout.write(${JSON.stringify(frame)})`), cols: 30, rows: 3});
	await copy.waitForExit();
	t.is(copy.screenText(), original.screenText());
	t.is(screenToSvg(copy.terminal), screenToSvg(original.terminal));
});
