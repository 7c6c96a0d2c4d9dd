// `npm run media`: drives the built wizard through a whole journey against the embedded sandbox in
// an 80x24 terminal and writes what it looked like: one SVG still per step (media/step-NN-*.svg),
// an asciicast of the screens (media/journey.cast) and that cast as an animated SVG (media/journey.svg).
// The sandbox seed is fixed, every picture waits for the screen to settle, and the recorder puts
// fixed stand-ins in place of clock times, elapsed seconds and UUIDs: the same program gives
// byte-identical files on every run.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {demoServerIds} from '../source/sandbox/seed/demo-region.js';
import {projectRoot} from '../bench/bundle-like-cli.js';
import type {PtySession} from '../test/support/pty-session.js';
import {launchWizard} from '../test/support/wizard-process.js';
import {focusField, highlight, pressAndWait, stepHeading, statusTexts, waitForStep} from '../test/support/wizard-journey.js';
import {asciicast} from './asciicast.js';
import {Recorder} from './recorder.js';

const size = {cols: 80, rows: 24};
const mediaDir = path.join(projectRoot, 'media');
// A fixed config dir, so the audit log path on the last screen is the same every time.
const configDir = path.join(tmpdir(), 'ipsec-wizard-media');
const workDir = path.join(tmpdir(), 'support-engineer');

async function key(session: PtySession, recorder: Recorder, data: string): Promise<void> {
	await pressAndWait(session, data);
	await recorder.settled();
	recorder.frame();
}

async function enterUntilStep(session: PtySession, recorder: Recorder, step: number): Promise<void> {
	while (!session.screenText().includes(stepHeading(step))) {
		await key(session, recorder, '\r');
	}

	await waitForStep(session, step);
	// A still only once the step is drawn whole: its focused field (or choice) and its key hints.
	await session.waitForText(text => /^\s*❯ /m.test(text) && /Enter \w+/.test(text));
	await recorder.settled();
}

async function choose(session: PtySession, recorder: Recorder, apiName: string, value: string): Promise<void> {
	await focusField(session, apiName);
	await recorder.settled();
	recorder.frame();
	await highlight(session, value);
	await recorder.settled();
	recorder.frame();
}

async function journey(session: PtySession, recorder: Recorder): Promise<void> {
	await session.waitForText(text => text.includes('cn-hangzhou') && text.includes('Enter choose'), {timeout: 30_000});
	await recorder.settled();
	recorder.still('connect', 'Step 1: connect and pick the region');
	await key(session, recorder, '\r');

	await session.waitForText(text => text.includes(stepHeading(2)) && text.includes('7 shown'), {timeout: 30_000});
	await recorder.settled();
	recorder.still('pick-server', 'Step 2: pick the IPsec server');
	for (const character of 'sales') {
		await key(session, recorder, character);
	}

	await session.waitForText('1 shown');
	await recorder.settled();
	recorder.frame(1.2);
	await key(session, recorder, '\r');

	await waitForStep(session, 3, 30_000);
	await recorder.settled();
	recorder.still('basics', 'Step 3: basics');
	await enterUntilStep(session, recorder, 4);
	await choose(session, recorder, 'IkeEncAlg', 'aes256');
	recorder.still('phase1', 'Step 4: Phase 1 (IKE), encryption changed to aes256');
	await enterUntilStep(session, recorder, 5);
	await choose(session, recorder, 'IpsecPfs', 'group14');
	recorder.still('phase2', 'Step 5: Phase 2 (IPsec), PFS changed to group14');
	await enterUntilStep(session, recorder, 6);
	recorder.still('authentication', 'Step 6: authentication');
	await enterUntilStep(session, recorder, 7);
	recorder.still('when-to-apply', 'Step 7: when to apply');
	await enterUntilStep(session, recorder, 8);
	recorder.still('review', 'Step 8: review the change');
	await highlight(session, 'Submit this change');
	await recorder.settled();
	recorder.frame();
	// The submit step passes in a moment that depends on the machine: no picture of it.
	await pressAndWait(session, '\r');

	await session.waitForText(statusTexts.updating, {timeout: 30_000});
	await recorder.settled({live: true});
	recorder.still('live-status', 'Step 10: live status while the gateway updates');
	await session.waitForText(statusTexts.verified, {timeout: 60_000});
	await recorder.settled();
	recorder.still('verified', 'Done: verified, and what the clients must match');
	// The client profiles, without the key (Enter takes the default: a placeholder stands in).
	await pressAndWait(session, 'p');
	await session.waitForText('Put the pre-shared key in the files?');
	await pressAndWait(session, '\r');
	await session.waitForText('settings-card.txt');
	await recorder.settled();
	recorder.still('client-profiles', 'Done: the client profiles written for the customer');
}

function removeOldPictures(): void {
	for (const file of readdirSync(mediaDir)) {
		if (/^step-\d\d-.*\.svg$/.test(file)) {
			unlinkSync(path.join(mediaDir, file));
		}
	}
}

async function record(): Promise<Recorder> {
	rmSync(configDir, {recursive: true, force: true});
	mkdirSync(configDir, {recursive: true});
	removeOldPictures();
	// The wizard writes the profiles next to where it runs: a fixed folder, so the still is the same.
	rmSync(workDir, {recursive: true, force: true});
	mkdirSync(workDir, {recursive: true});
	process.chdir(workDir);
	const {session} = launchWizard({
		...size,
		configDir,
		args: ['--sandbox'],
		env: {IPSEC_WIZARD_SANDBOX_UPDATING_MS: '3000'},
	});
	const recorder = new Recorder(session, mediaDir, configDir);
	try {
		await journey(session, recorder);
		return recorder;
	} finally {
		await session.kill();
	}
}

// One more try on a busy machine: the pictures are only written from a complete journey.
let recorder: Recorder;
try {
	recorder = await record();
} catch (error) {
	console.error(`media: first attempt failed, trying again: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	recorder = await record();
}

const castFile = path.join(mediaDir, 'journey.cast');
writeFileSync(castFile, asciicast(recorder.finish(), size, 'ipsec-wizard: change Phase 1 and Phase 2 of an IPsec server'));
execFileSync(process.execPath, [
	'--require', path.join(mediaDir, 'svg-term-react16.cjs'),
	path.join(projectRoot, 'node_modules/svg-term-cli/lib/cli.js'),
	'--in', castFile, '--out', path.join(mediaDir, 'journey.svg'), '--window', '--width', String(size.cols), '--height', String(size.rows), '--no-cursor',
], {stdio: 'inherit'});
console.log(`media: ${recorder.stills.length} stills (${recorder.stills.join(', ')}), journey.cast (${recorder.frameCount} frames), journey.svg; server ${demoServerIds.busy}`);
