// The package as a user gets it: `npm pack`, a global install of the tarball into a fresh prefix
// (offline: the bundle carries every runtime dependency, so there is nothing to fetch), and the
// installed command run without a terminal. Uses the dist/ that `npm test` has just built.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import packageJson from '../../package.json' with {type: 'json'};
import {cliNode} from '../support/wizard-process.js';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');

test('the packed tarball installs one package with no install-script warning, and the installed command works', async t => {
	if (!existsSync(path.join(projectRoot, 'dist/cli.js'))) {
		await run(process.execPath, ['scripts/build.mjs'], {cwd: projectRoot});
	}

	const directory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-pack-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	// npm passes its own settings to scripts as npm_config_*; a global install must not inherit them.
	const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
	const npm = async (args: string[]) => run('npm', args, {cwd: projectRoot, env: {...npmEnv, npm_config_update_notifier: 'false'}});

	// dist/ is already built: packing it as it is keeps the test from building a second time.
	const packed = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', directory]);
	const [{filename}] = JSON.parse(packed.stdout) as [{filename: string}];
	const prefix = path.join(directory, 'prefix');
	const installed = await npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(directory, filename)]);
	const npmSaid = installed.stdout + installed.stderr;
	t.regex(npmSaid, /added 1 package\b/, npmSaid);
	t.notRegex(npmSaid, /install-scripts|allowScripts|prepare/, npmSaid);
	t.deepEqual(await readdir(path.join(prefix, 'lib/node_modules')), ['ipsec-wizard']);

	// The installed command, found through PATH as a shell would, with nothing else of the project's.
	const command = path.join(prefix, 'bin/ipsec-wizard');
	const home = path.join(directory, 'home');
	const env = {
		// The installed command's `#!/usr/bin/env node` finds the Node under test first.
		PATH: `${path.dirname(cliNode)}:/usr/bin:/bin`,
		HOME: home,
		IPSEC_WIZARD_CONFIG_DIR: home,
		IPSEC_WIZARD_SANDBOX_UPDATING_MS: '200',
		ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
		LANG: 'en_US.UTF-8',
	};
	const options = {cwd: directory, env};
	t.is((await run(command, ['--version'], options)).stdout.trim(), packageJson.version);
	const help = await run(command, ['--help'], options);
	t.regex(help.stdout, /--profile/);
	t.regex(help.stdout, /Exit codes/);
	const status = await run(command, ['status', '--sandbox', '--region', 'cn-hangzhou', '--gateway', 'vpn-bp1a7f3k9d2m5x8c1v4b6', '--timeout', '60s'], options);
	t.regex(status.stdout, /Credentials: sandbox/);
	t.regex(status.stdout, /The gateway vpn-bp1a7f3k9d2m5x8c1v4b6 is active\./);
});
