// The final screen's profile step: one key opens it, the key stays out unless asked for, the files
// land 0600 in a 0700 folder the screen names, and what was written is listed on a 80x24 screen.
import {mkdtemp, readFile, readdir, rm, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import React from 'react';
import test, {type ExecutionContext} from 'ava';
import {configFromServer} from '../../../source/domain/server-config.js';
import {demoRegion, demoServerIds} from '../../../source/sandbox/seed/demo-region.js';
import {createClientProfileFiles} from '../../../source/services/client-profile-files.js';
import {createServices, type Services} from '../../../source/services/services.js';
import {keys, press, renderSummary, waitForText, waitUntil} from './harness.js';

const server = demoRegion.servers.find(each => each.ipsecServerId === demoServerIds.busy)!;

async function setUp(t: ExecutionContext) {
	const root = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-profiles-'));
	t.teardown(async () => rm(root, {recursive: true, force: true}));
	const base = createServices({env: {IPSEC_WIZARD_CONFIG_DIR: path.join(root, 'config')}, flags: {}});
	const services: Services = {...base, clientProfileFiles: createClientProfileFiles(root)};
	let done = 0;
	const instance = renderSummary(services, {
		server,
		config: configFromServer(server),
		onEnd() {
			done++;
		},
	});
	return {instance, folder: services.clientProfileFiles.directoryFor(server.ipsecServerId), done: () => done};
}

test('p, then Enter: the profiles are written with a placeholder, 0600 in a 0700 folder, and listed', async t => {
	const {instance, folder, done} = await setUp(t);
	await waitForText(instance, 'p client profiles');
	await press(instance, 'p');
	const asking = await waitForText(instance, 'Put the pre-shared key in the files?');
	t.true(asking.includes(folder));
	await press(instance, keys.enter);
	const frame = await waitForText(instance, 'settings-card.txt');
	t.true(frame.split('\n').length <= 24, frame);
	t.regex(frame, /swanctl\.conf/);
	t.regex(frame, /ipsec-server\.mobileconfig/);
	t.regex(frame, /placeholder/);
	t.notRegex(frame, /holds the key/);
	t.is((await stat(folder)).mode & 0o777, 0o700);
	for (const name of await readdir(folder)) {
		t.is((await stat(path.join(folder, name))).mode & 0o777, 0o600, name);
		t.false((await readFile(path.join(folder, name), 'utf8')).includes(server.psk), name);
	}

	await press(instance, keys.enter);
	await waitUntil(() => done() === 1, 'the summary to finish');
	instance.unmount();
});

test('y puts the key in the files, never on the screen; Esc goes back to the settings', async t => {
	const {instance, folder} = await setUp(t);
	await waitForText(instance, 'p client profiles');
	await press(instance, 'p');
	await waitForText(instance, 'Put the pre-shared key in the files?');
	await press(instance, 'y');
	const frame = await waitForText(instance, 'holds the key');
	t.false(frame.includes(server.psk));
	t.true((await readFile(path.join(folder, 'swanctl.conf'), 'utf8')).includes(`secret = "${server.psk}"`));
	await press(instance, keys.escape);
	await waitForText(instance, 'Gateway public IP');
	instance.unmount();
});
