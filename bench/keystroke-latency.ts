// Typing cost on a text field: from writing one key to the screen showing its effect, and the
// bytes the program wrote to get there. Alternates a character and Backspace so the field stays short.
import {performance} from 'node:perf_hooks';
import {setTimeout as delay} from 'node:timers/promises';
import type {PtySession} from '../test/support/pty-session.js';
import {inTurn, type KeystrokeSample} from './keystroke-ratio.js';

export type {KeystrokeSample} from './keystroke-ratio.js';

/**
 * One key: ms from writing it to the first parsed output after which the visible screen differs
 * from what it was before the key (the same test for every program measured). `bytes` here are
 * those written until then; measureKeystrokesInTurn counts a key's later frames too.
 */
export async function keystrokeOnce(session: PtySession, data: string): Promise<KeystrokeSample> {
	const before = session.screenText();
	const bytesBefore = session.bytesWritten;
	let changedAt: number | undefined;
	const stop = session.onParsed(() => {
		if (changedAt === undefined && session.screenText() !== before) {
			changedAt = performance.now();
		}
	});
	const sentAt = performance.now();
	session.write(data);
	try {
		await session.waitForScreenChange(before, {timeout: 5000});
	} catch {
		return {ms: Number.NaN, bytes: session.bytesWritten - bytesBefore, lost: true};
	} finally {
		stop();
	}

	return {ms: (changedAt ?? performance.now()) - sentAt, bytes: session.bytesWritten - bytesBefore};
}

/**
 * `count` keys to each session, key by key in turn (see inTurn), one at a time: each waits for
 * its answer before the next is written. Each session gets a key every `paceMs` (10 a second by
 * default, a fast typist): back to back, every key would land inside the renderer's frame interval
 * (maxFps) and measure the frame cap, which only ever coalesces keys typed faster than a person
 * types, not how quickly one key is answered. Every session must sit in a focused text field.
 * Returns the samples per session, in the sessions' order.
 */
export async function measureKeystrokesInTurn(sessions: PtySession[], count: number, paceMs = 100): Promise<KeystrokeSample[][]> {
	const samples: KeystrokeSample[][] = sessions.map(() => []);
	// Every byte a program writes between one of its keys and the next is that key's: a frame
	// drawn after the first change (a check shown a frame later) is part of what the key cost.
	const bytesAtKey: number[] = sessions.map(() => 0);
	const settle = (target: number) => {
		const previous = samples[target]!.at(-1);
		if (previous) {
			previous.bytes = sessions[target]!.bytesWritten - bytesAtKey[target]!;
		}
	};

	const gapMs = paceMs / sessions.length;
	for (const turn of inTurn(sessions.map((_, index) => index), count)) {
		await delay(gapMs);
		settle(turn.target);
		bytesAtKey[turn.target] = sessions[turn.target]!.bytesWritten;
		samples[turn.target]!.push(await keystrokeOnce(sessions[turn.target]!, turn.data));
	}

	await delay(paceMs);
	for (const target of sessions.keys()) {
		settle(target);
	}

	return samples;
}
