// `ipsec-wizard sandbox`: prints the endpoint and pasteable keys, serves until aborted.
import {PassThrough} from 'node:stream';
import test from 'ava';
import {runSandboxCommand} from '../../source/sandbox/sandbox-command.js';
import {Vpc} from './support/sdk-clients.js';
import {waitFor} from './support/wait-for.js';
import {$OpenApiUtil} from '@alicloud/openapi-core';

test('prints how to use the sandbox, serves requests with the printed keys, and stops on abort', async t => {
	const stdout = new PassThrough();
	let output = '';
	stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
	});
	const controller = new AbortController();
	const running = runSandboxCommand({stdout, signal: controller.signal, env: {IPSEC_WIZARD_SANDBOX_SERVERS: '25'}});
	await waitFor(() => output.includes('Ctrl+C') || undefined);
	const endpoint = /--endpoint http:\/\/(127\.0\.0\.1:\d+) --region cn-hangzhou/.exec(output)?.[1];
	const accessKeyId = /^export ALIBABA_CLOUD_ACCESS_KEY_ID=(\S+)$/m.exec(output)?.[1];
	const accessKeySecret = /^export ALIBABA_CLOUD_ACCESS_KEY_SECRET=(\S+)$/m.exec(output)?.[1];
	t.truthy(endpoint);
	t.false(accessKeyId!.startsWith('LTAI'));
	const client = new Vpc.default(new $OpenApiUtil.Config({accessKeyId, accessKeySecret, endpoint, protocol: 'http', regionId: 'cn-shanghai'}));
	const {body} = await client.listIpsecServers(new Vpc.ListIpsecServersRequest({regionId: 'cn-shanghai'}));
	t.is(body!.totalCount, 25, 'the environment options are honoured');
	controller.abort();
	await running;
	t.true(output.endsWith('Sandbox stopped.\n'));
});

test('an already aborted signal starts and stops at once', async t => {
	const stdout = new PassThrough();
	stdout.resume();
	const controller = new AbortController();
	controller.abort();
	await t.notThrowsAsync(runSandboxCommand({stdout, signal: controller.signal, env: {}}));
});

test('a bad environment value is refused before anything starts', async t => {
	const stdout = new PassThrough();
	stdout.resume();
	await t.throwsAsync(runSandboxCommand({stdout, signal: new AbortController().signal, env: {IPSEC_WIZARD_SANDBOX_UPDATING_MS: 'soon'}}), {
		message: /IPSEC_WIZARD_SANDBOX_UPDATING_MS must be a whole number/,
	});
});
