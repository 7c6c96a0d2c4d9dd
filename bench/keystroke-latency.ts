// Typing cost on a form step: from writing one key to the screen showing its effect, and the
// bytes the program wrote to get there. Alternates a character and Backspace so the field stays short.
import {performance} from 'node:perf_hooks';
import {setTimeout as delay} from 'node:timers/promises';
import type {PtySession} from '../test/support/pty-session.js';
import {keys} from '../test/support/keys.js';

/** `lost`: the screen did not answer within 5 s (the key was swallowed or its frame never drawn). */
export type KeystrokeSample = {ms: number; bytes: number; lost?: boolean};

async function oneKeystroke(session: PtySession, data: string): Promise<KeystrokeSample> {
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
 * Keys are paced like a fast typist (10 a second by default). Back to back, every key would land
 * inside the renderer's frame interval (maxFps) and measure the frame cap, which only ever
 * coalesces keys typed faster than a person types, not how quickly one key is answered.
 * The session must sit in a focused text field.
 */
export async function measureKeystrokes(session: PtySession, count: number, paceMs = 100): Promise<KeystrokeSample[]> {
	const samples: KeystrokeSample[] = [];
	for (let index = 0; index < count; index++) {
		await delay(paceMs);
		const data = index % 2 === 0 ? String.fromCodePoint(97 + ((index / 2) % 26)) : keys.backspace;
		samples.push(await oneKeystroke(session, data));
	}

	return samples;
}
