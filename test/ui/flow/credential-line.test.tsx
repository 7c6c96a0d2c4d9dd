// The credentials line as it is drawn for a real aliyun CLI profile: the profile named once with its
// mode, and the masked AccessKey ID whole, at 80 and 60 columns, with a long profile name too.
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import React from 'react';
import test from 'ava';
import {resolveCredentials} from '../../../source/api/credentials.js';
import {CredentialLine} from '../../../source/ui/flow/credential-line.js';
import {symbolsFor} from '../../../source/ui/shell/symbols.js';
import {UiEnvironmentProvider} from '../../../source/ui/shell/ui-environment.js';
import {temporaryDirectory} from '../../services/temporary-directory.js';
import {renderSized} from '../edit/render-sized.js';

const original = {...process.env};
test.afterEach.always(() => {
	for (const name of ['HOME', 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED']) {
		if (original[name] === undefined) {
			delete process.env[name];
		} else {
			process.env[name] = original[name];
		}
	}
});

for (const [profile, columns] of [
	['default', 80],
	['default', 60],
	['customer-hangzhou-production-readonly', 80],
	['customer-hangzhou-production-readonly', 60],
] as const) {
	for (const unicode of [true, false]) {
		test.serial(`profile ${profile} at ${columns} columns${unicode ? '' : ' (ASCII)'}: named once with its mode, the masked ID whole`, async t => {
			const home = await temporaryDirectory(t);
			await mkdir(join(home, '.aliyun'));
			await writeFile(
				join(home, '.aliyun', 'config.json'),
				JSON.stringify({current: profile, profiles: [{name: profile, mode: 'AK', access_key_id: 'FAKEPROFILEKEY7890', access_key_secret: 'x', region_id: 'cn-hangzhou'}]}),
			);
			// Some library code reads process.env itself; this file's tests run serially.
			process.env['HOME'] = home;
			delete process.env['ALIBABA_CLOUD_CLI_PROFILE_DISABLED'];
			const resolved = await resolveCredentials({env: {HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true'}});
			const credentials = {source: resolved.source, profile: resolved.profile, accessKeyIdMasked: resolved.accessKeyIdMasked};
			const screen = renderSized(
				columns,
				<UiEnvironmentProvider value={{sandbox: false, unicode, color: false, symbols: symbolsFor(unicode)}}>
					<CredentialLine credentials={credentials} />
				</UiEnvironmentProvider>,
			);
			const line = (screen.lastFrame() ?? '').split('\n')[0]!;
			screen.unmount();
			t.true([...line].length <= columns, line);
			t.true(line.endsWith(` ${unicode ? 'FAKE…7890' : 'FAKE...7890'}`), line);
			t.is(line.split(profile.slice(0, 7)).length - 1, 1, `the profile once: ${line}`);
			if (columns === 80 || profile === 'default') {
				t.true(line.includes(`profile ${profile} (AK)`), line);
				t.true(line.includes('AccessKey ID') || line.includes(' key '), line);
			}
		});
	}
}
