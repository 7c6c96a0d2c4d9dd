// What a support engineer actually hands out: the swanctl.conf the built CLI writes from the
// sandbox (`client-config --include-psk --out`) negotiates with the twin of that server.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {configFromServer} from '../../source/domain/server-config.js';
import {demoRegion, demoServerIds} from '../../source/sandbox/seed/demo-region.js';
import {makeTempDir} from '../support/child-env.js';
import {runCli} from '../support/run-cli.js';
import {labProblem} from './support/ike-lab.js';
import {negotiate} from './support/negotiate.js';

for (const id of [demoServerIds.modern, demoServerIds.legacy]) {
	const server = demoRegion.servers.find(each => each.ipsecServerId === id)!;
	test(`the swanctl.conf client-config writes for ${server.ipsecServerName} establishes with the server's twin`, async t => {
		const problem = await labProblem();
		if (problem) {
			t.fail(problem);
			return;
		}

		const out = makeTempDir();
		const written = await runCli(['client-config', '--sandbox', '--region', server.regionId, '--server', id, '--format', 'swanctl', '--include-psk', '--out', out]);
		t.is(written.code, 0, written.stderr);
		const profile = await readFile(path.join(out, 'swanctl.conf'), 'utf8');
		const result = await negotiate(server, configFromServer(server), {profile});
		t.is(result.code, 0, result.output.slice(-2000));
		t.regex(result.sas, /state=ESTABLISHED .*state=INSTALLED/s);
	});
}
