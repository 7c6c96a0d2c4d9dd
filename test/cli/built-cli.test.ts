// The bundled CLI as a user runs it, with pipes instead of a terminal (`npm run build` first; the
// test builds when dist/cli.js is missing).
import {execFile, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import test from 'ava';
import packageJson from '../../package.json' with {type: 'json'};
import {cliNode} from '../support/wizard-process.js';

const cli = path.resolve('dist/cli.js');

test.before(async () => {
	if (!existsSync(cli)) {
		await promisify(execFile)('node', ['scripts/build.mjs']);
	}
});

type Result = {code: number | null; stdout: string; stderr: string};

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
	const configDirectory = await mkdtemp(path.join(os.tmpdir(), 'ipsec-wizard-cli-'));
	try {
		return await new Promise(resolve => {
			const child = spawn(cliNode, [cli, ...argv], {
				env: {...process.env, IPSEC_WIZARD_CONFIG_DIR: configDirectory, IPSEC_WIZARD_SANDBOX_UPDATING_MS: '200', ...env},
				stdio: ['pipe', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', chunk => {
				stdout += String(chunk);
			});
			child.stderr.on('data', chunk => {
				stderr += String(chunk);
			});
			child.on('close', code => {
				resolve({code, stdout, stderr});
			});
			child.stdin.end();
		});
	} finally {
		await rm(configDirectory, {recursive: true, force: true});
	}
}

test('--version prints the version', async t => {
	const result = await run(['--version']);
	t.is(result.code, 0);
	t.is(result.stdout.trim(), packageJson.version);
});

test('--help lists the flags, the exit codes and the environment', async t => {
	const result = await run(['--help']);
	t.is(result.code, 0);
	for (const text of ['--sandbox', '--psk-file', 'Exit codes', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'IPSEC_WIZARD_SANDBOX_']) {
		t.true(result.stdout.includes(text), text);
	}
});

test('an unknown flag exits 2 with one sentence', async t => {
	const result = await run(['--regoin', 'cn-hangzhou']);
	t.is(result.code, 2);
	t.is(result.stderr.trim().split('\n').length, 1);
	t.regex(result.stderr, /--regoin/);
});

test('without a terminal the wizard exits 2 with the sentence and draws nothing', async t => {
	const result = await run(['--sandbox']);
	t.is(result.code, 2);
	t.is(result.stdout, '');
	// One sentence, wrapped to 80 columns (the width is unknown without a terminal).
	const sentence = result.stderr.replaceAll('\n', ' ');
	t.regex(sentence, /needs a terminal/);
	t.regex(sentence, /ssh -t/);
	t.regex(sentence, /ipsec-wizard status/);
	t.regex(sentence, /^[^.]+\.\.\.[^.]+\. $/, 'one sentence, no stack trace');
});

test('status works without a terminal: plain lines and exit 0 once the gateway is active', async t => {
	const result = await run(['status', '--sandbox', '--region', 'cn-hangzhou', '--gateway', 'vpn-bp1a7f3k9d2m5x8c1v4b6', '--timeout', '60s']);
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout, /active/);
	t.notRegex(result.stdout, /\u001B\[/, 'no escape sequences in plain output');
});

test('status under LANG=C writes ASCII only (the masked AccessKey ID too)', async t => {
	const result = await run(['status', '--sandbox', '--region', 'cn-hangzhou', '--gateway', 'vpn-bp1a7f3k9d2m5x8c1v4b6', '--timeout', '60s'], {
		LANG: 'C',
		LC_ALL: 'C',
		LC_CTYPE: undefined,
	});
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout, /AccessKey ID SAND\.\.\.0001/);
	t.notRegex(result.stdout + result.stderr, /[^\u0000-\u007F]/u);
});

test('a closed pipe ends quietly', async t => {
	const result = await new Promise<Result>(resolve => {
		const child = spawn(cliNode, [cli, '--help'], {stdio: ['ignore', 'pipe', 'pipe']});
		child.stdout.destroy();
		let stderr = '';
		child.stderr.on('data', chunk => {
			stderr += String(chunk);
		});
		child.on('close', code => {
			resolve({code, stdout: '', stderr});
		});
	});
	t.is(result.stderr, '');
	t.is(result.code, 0);
});
