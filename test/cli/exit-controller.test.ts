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
