// A whole journey in a real terminal ends with the client profiles: on the final screen `p`, then
// `y`, writes the same files client-config writes for the verified server, into a folder under the
// wizard's working directory, 0700 with files 0600.
import {readFile, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {clientProfiles} from '../../source/domain/client-profiles/index.js';
import {configFromServer} from '../../source/domain/server-config.js';
import {demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {childEnvironment, makeTempDir} from '../support/child-env.js';
import {startPty} from '../support/pty-session.js';
import {startTestSandbox} from '../support/test-sandbox.js';
import {pressAndWait, statusTexts, submitFromReview, toReview, waitForStep} from '../support/wizard-journey.js';
import {cliPath, targetArgs, targetEnv} from '../support/wizard-process.js';

test('after a verified change, p and y on the final screen write the three profiles for the new settings', async t => {
	const sandbox = await startTestSandbox({updatingMs: 500});
	t.teardown(async () => sandbox.close());
	// The wizard writes next to where it runs: a folder of its own here, not the repository.
	const workingDirectory = makeTempDir();
	const session = startPty({
		command: process.execPath,
		args: [cliPath, ...targetArgs(sandbox.target, ['--region', 'cn-hangzhou', '--server', demoServerIds.modern])],
		cols: 80,
		rows: 24,
		cwd: workingDirectory,
		env: childEnvironment(targetEnv(sandbox.target), makeTempDir()),
	});
	t.teardown(async () => session.kill());
	await waitForStep(session, 3);
	session.write('-2');
	await session.waitForText('platform-admins-2');
	await toReview(session);
	await submitFromReview(session);
	await session.waitForText(statusTexts.verified, {timeout: 30_000});
	await session.waitForText('p client profiles');
	await pressAndWait(session, 'p');
	await session.waitForText('Put the pre-shared key in the files?');
	await pressAndWait(session, 'y');
	const screen = await session.waitForText('settings-card.txt');
	const server = sandbox.inspect.server(demoServerIds.modern)!;
	t.false(screen.includes(server.psk), 'the key is never on the screen');

	const folder = path.join(workingDirectory, `ipsec-clients-${demoServerIds.modern}`);
	t.is((await stat(folder)).mode & 0o777, 0o700);
	const expected = clientProfiles({config: configFromServer(server), gatewayInternetIp: server.internetIp, ipsecServerId: server.ipsecServerId, includePsk: true}).files;
	t.deepEqual((await readdir(folder)).sort(), expected.map(file => file.fileName).sort());
	for (const file of expected) {
		const written = path.join(folder, file.fileName);
		t.is((await stat(written)).mode & 0o777, 0o600, file.fileName);
		t.is(await readFile(written, 'utf8'), file.content, file.fileName);
	}

	t.regex(await readFile(path.join(folder, 'ipsec-server.mobileconfig'), 'utf8'), /platform-admins-2/);
	await pressAndWait(session, '\r');
	const exit = await session.waitForExit();
	t.is(exit.exitCode, 0);
});
