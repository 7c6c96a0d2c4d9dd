// `ipsec-wizard sandbox` as its own process: a 50 MB POST is refused with 413 and the service's
// error envelope, and the process lives on, answers signed calls and stops cleanly on SIGTERM.
import {spawn} from 'node:child_process';
import test from 'ava';
import {postOversized} from '../support/oversized-post.js';
import {childEnvironment} from '../support/child-env.js';
import {cliPath} from '../support/wizard-process.js';
import {acs3Request} from '../sandbox/support/raw-request.js';
import {waitFor} from '../sandbox/support/wait-for.js';

test('the standalone sandbox answers a 50 MB POST with 413 and keeps running', async t => {
	const child = spawn(process.execPath, [cliPath, 'sandbox', '--port', '0'], {env: childEnvironment(), stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		output += chunk.toString();
	});
	const exited = new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
	t.teardown(() => {
		child.kill('SIGKILL');
	});
	await waitFor(() => output.includes('Ctrl+C') || undefined, 30_000).catch(() => {
		throw new Error(`The sandbox command did not start; it printed:\n${output}`);
	});
	const endpoint = /--endpoint http:\/\/(127\.0\.0\.1:(\d+))/.exec(output);
	const accessKeyId = /^export ALIBABA_CLOUD_ACCESS_KEY_ID=(\S+)$/m.exec(output)?.[1];
	const accessKeySecret = /^export ALIBABA_CLOUD_ACCESS_KEY_SECRET=(\S+)$/m.exec(output)?.[1];
	t.truthy(endpoint && accessKeyId && accessKeySecret, output);
	const port = Number(endpoint![2]);

	const outcome = await postOversized(port);
	t.like(outcome, {status: 413, body: {Code: 'RequestEntityTooLarge'}});
	const chunked = await postOversized(port, {chunked: true});
	t.like(chunked, {status: 413, body: {Code: 'RequestEntityTooLarge'}});

	const target = {endpoint: endpoint![1]!, port, credentials: {accessKeyId: accessKeyId!, accessKeySecret: accessKeySecret!}} as Parameters<typeof acs3Request>[0];
	const after = await acs3Request(target, {action: 'DescribeRegions'});
	t.is(after.status, 200, 'the sandbox still answers');
	t.is(child.exitCode, null, 'the process is still running');

	child.kill('SIGTERM');
	t.is(await exited, 0);
	t.true(output.includes('Sandbox stopped.'));
});
