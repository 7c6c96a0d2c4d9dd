import test from 'ava';
import {createExitController} from '../../source/cli/exit-controller.js';

function harness(unicode = true) {
	const events: string[] = [];
	let resolveCode: (code: number) => void;
	const terminated = new Promise<number>(resolve => {
		resolveCode = resolve;
	});
	const controller = createExitController({
		stdin: {
			isTTY: true,
			setRawMode(mode) {
				events.push(`raw ${String(mode)}`);
			},
		},
		stdout: {
			isTTY: true,
			write(text) {
				events.push(text === '\u001B[?25h' ? 'cursor shown' : `print ${text.trimEnd()}`);
			},
		},
		unicode,
		terminate: code => {
			events.push(`exit ${code}`);
			resolveCode(code);
		},
	});
	controller.attachUi({unmount: () => events.push('unmount')});
	return {controller, events, terminated};
}

test('exit unmounts, restores the terminal, then prints the final lines and ends with the code', async t => {
	const {controller, events, terminated} = harness();
	controller.onCleanup(() => {
		events.push('cleanup');
	});
	controller.exit(1, ['Follow it with: ipsec-wizard status']);
	t.is(await terminated, 1);
	t.deepEqual(events, ['unmount', 'raw false', 'cursor shown', 'print Follow it with: ipsec-wizard status', 'cleanup', 'exit 1']);
});

test('under an ASCII-only locale the final lines are spelled in ASCII', async t => {
	const {controller, events, terminated} = harness(false);
	controller.exit(1, ['Gateway vpn-bp1… is still updating → run status']);
	await terminated;
	t.true(events.includes('print Gateway vpn-bp1... is still updating -> run status'));
});

test('only the first exit counts', async t => {
	const {controller, events, terminated} = harness();
	controller.exit(0);
	controller.exit(1, ['late']);
	t.is(await terminated, 0);
	t.false(events.some(event => event.includes('late')));
});

test('a signal exits with its code and the interrupt lines', async t => {
	const {controller, events, terminated} = harness();
	controller.setInterruptLines(['Follow it with: ipsec-wizard status --region r']);
	controller.handleSignal('SIGTERM');
	t.is(await terminated, 143);
	t.true(events.includes('print Follow it with: ipsec-wizard status --region r'));
});

test('SIGINT is 130 and SIGHUP 129', async t => {
	const first = harness();
	first.controller.handleSignal('SIGINT');
	t.is(await first.terminated, 130);
	const second = harness();
	second.controller.handleSignal('SIGHUP');
	t.is(await second.terminated, 129);
});

function recordingStdout() {
	let output = '';
	const stdout = {
		isTTY: true,
		write(text: string) {
			output += text;
			return true;
		},
	};
	return {stdout, output: () => output};
}

test('a final line after a full-screen frame (which Ink ends without a newline) starts on a line of its own', async t => {
	const {stdout, output} = recordingStdout();
	let done: () => void;
	const terminated = new Promise<void>(resolve => {
		done = resolve;
	});
	const controller = createExitController({stdin: {isTTY: true, setRawMode() {}}, stdout, terminate: () => done()});
	// As Ink draws it: the last row of the frame, no newline after it, then the cursor shown.
	stdout.write('\u001B[2K\u001B[Gy quit · n or Esc keep editing\u001B[?25h');
	controller.exit(130, ['Quit: nothing was changed.']);
	await terminated;
	t.true(output().endsWith('keep editing\u001B[?25h\u001B[?25h\nQuit: nothing was changed.\n'), JSON.stringify(output()));
});

test('a final line after a frame that ended its line adds no blank line', async t => {
	const {stdout, output} = recordingStdout();
	let done: () => void;
	const terminated = new Promise<void>(resolve => {
		done = resolve;
	});
	const controller = createExitController({stdin: {isTTY: true, setRawMode() {}}, stdout, terminate: () => done()});
	stdout.write('Enter finish\n');
	controller.exit(0, ['Done.']);
	await terminated;
	t.true(output().endsWith('Enter finish\n\u001B[?25hDone.\n'), JSON.stringify(output()));
});

test('final lines carrying a name from the service are neutralised line by line', async t => {
	const {controller, events, terminated} = harness();
	controller.exit(1, ['Server evil\u001B]0;pwned\u0007 (iss-1)', 'second line']);
	await terminated;
	t.true(events.includes('print Server evil␛]0;pwned␇ (iss-1)\nsecond line'), events.join(' | '));
});

test('an unexpected error exits 1 and still prints how to follow an update under way', async t => {
	const {controller, events, terminated} = harness();
	controller.setInterruptLines(['Interrupted; the update may still be applied. Follow it with: ipsec-wizard status --region r']);
	controller.handleCrash();
	t.is(await terminated, 1);
	t.true(events.some(event => event.includes('Follow it with: ipsec-wizard status --region r')));
});
