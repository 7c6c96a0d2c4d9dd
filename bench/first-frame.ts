// Start-up cost as a person feels it: from spawning the program in a real terminal to the first
// time its screen shows the expected text.
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {childEnvironment} from '../test/support/child-env.js';
import {startPty} from '../test/support/pty-session.js';

export type FirstFrameTarget = {
	command: string;
	args: string[];
	/** Text whose appearance counts as the first frame. */
	text: string | RegExp;
	env?: Record<string, string>;
};

const shows = (screen: string, text: string | RegExp): boolean =>
	typeof text === 'string' ? screen.includes(text) : text.test(screen);

/** One run: ms from spawn to the first parsed output that makes the screen show the text. */
export async function firstFrameOnce(target: FirstFrameTarget, timeout = 15_000): Promise<number> {
	const session = startPty({command: target.command, args: target.args, env: target.env ?? childEnvironment()});
	let shownAt: number | undefined;
	const stop = session.onParsed(() => {
		if (shownAt === undefined && shows(session.screenText(), target.text)) {
			shownAt = performance.now();
		}
	});
	try {
		await session.waitForText(screen => shows(screen, target.text), {timeout});
		return (shownAt ?? performance.now()) - session.startedAt;
	} finally {
		stop();
		await session.kill();
	}
}

/**
 * Samples for each target, taken in turn (a, b, a, b, …) and one at a time (the machine has two
 * cores): on a shared machine whose speed drifts by tens of percent within a minute, a baseline
 * measured in one batch and the program in the next would compare two different machines.
 */
export async function firstFramesInTurn(targets: FirstFrameTarget[], runs: number): Promise<number[][]> {
	const samples: number[][] = targets.map(() => []);
	for (let run = 0; run < runs; run++) {
		for (const [index, target] of targets.entries()) {
			samples[index]!.push(await firstFrameOnce(target));
		}
	}

	return samples;
}

/** ms from spawn to exit of a program that does nothing (`node -e 0`): the floor of any CLI. */
export async function processCycle(command: string, args: string[], runs: number): Promise<number[]> {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const startedAt = performance.now();
		await new Promise<void>((resolve, reject) => {
			const child = spawn(command, args, {stdio: 'ignore', env: childEnvironment()});
			child.on('error', reject);
			child.on('exit', () => resolve());
		});
		samples.push(performance.now() - startedAt);
	}

	return samples;
}
