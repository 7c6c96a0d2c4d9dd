import test from 'ava';
import fc from 'fast-check';
import {configFromServer} from '../../../source/domain/index.js';
import {configFromDraft, draftFromConfig, isDraftDirty, previewConfig, pskOfDraft} from '../../../source/ui/edit/draft.js';
import {checkDraft} from '../../../source/ui/edit/draft-checks.js';
import {context, loadedPsk, server} from './fixtures.js';

const loaded = configFromServer(server);

test('a draft made from a configuration gives that configuration back and is not dirty', t => {
	const draft = draftFromConfig(loaded);
	t.deepEqual(configFromDraft(draft), {config: loaded, issues: []});
	t.false(isDraftDirty(draft, loaded));
	t.is(draft.localSubnet, '192.168.0.0/24,192.168.1.0/24');
});

test('texts are parsed into values: blocks normalised, lifetimes as numbers', t => {
	const draft = {...draftFromConfig(loaded), localSubnet: '192.168.0.0/24 192.168.2.0/24', ikeLifetime: ' 28800 ', clientIpPool: '10.30.0.0/24'};
	const {config} = configFromDraft(draft);
	t.deepEqual(config?.localSubnet, ['192.168.0.0/24', '192.168.2.0/24']);
	t.is(config?.ikeConfig.ikeLifetime, 28_800);
	t.is(config?.clientIpPool, '10.30.0.0/24');
	t.true(isDraftDirty(draft, loaded));
});

test('a text that does not parse is an issue of its field, and no configuration comes out', t => {
	const draft = {...draftFromConfig(loaded), ipsecLifetime: '1h', localId: ''};
	const {config, issues} = configFromDraft(draft);
	t.is(config, undefined);
	t.deepEqual(issues.map(issue => issue.field), ['localId', 'ipsecLifetime']);
	// Meanwhile the other checks see the loaded value in its place.
	t.is(previewConfig(draft, loaded).ipsecConfig.ipsecLifetime, 86_400);
});

test('the PSK sent is the loaded one, the typed one or the generated one', t => {
	const draft = {...draftFromConfig(loaded), typedPsk: 'Typed-Key-123', generatedPsk: 'GeneratedKey456'};
	t.is(pskOfDraft(draft), loadedPsk);
	t.is(pskOfDraft({...draft, pskAction: 'replace'}), 'Typed-Key-123');
	t.is(configFromDraft({...draft, pskAction: 'generate'}).config?.psk, 'GeneratedKey456');
	t.true(isDraftDirty({...draft, pskAction: 'replace'}, loaded));
	// Choosing to type a key and leaving it empty is an issue; keeping the loaded one is not.
	t.deepEqual(configFromDraft({...draft, pskAction: 'replace', typedPsk: ''}).issues.map(issue => issue.field), ['psk']);
});

test('checks add the rules that need the context: pool overlaps, aggressive IKEv2, PSK off without IDaaS', t => {
	const draft = {...draftFromConfig(loaded), clientIpPool: '192.168.9.0/24', ikeMode: 'aggressive' as const, pskEnabled: false};
	const {issues} = checkDraft(draft, loaded, context);
	t.regex(issues.clientIpPool ?? '', /overlaps/);
	t.regex(issues.ikeMode ?? '', /Aggressive/);
	t.regex(issues.pskEnabled ?? '', /IDaaS/);
	t.deepEqual(checkDraft(draftFromConfig(loaded), loaded, context).issues, {});
});

test('a lifetime the draft cannot use always gets its own sentence, never the catch-all one', t => {
	const lifetimeText = fc.oneof(
		fc.tuple(fc.string({unit: fc.constant('0'), minLength: 1, maxLength: 3}), fc.nat({max: 100_000})).map(([zeros, seconds]) => `${zeros}${seconds}`),
		fc.string({unit: fc.constantFrom(...'0123456789 .+-h'), maxLength: 10}),
	);
	fc.assert(fc.property(lifetimeText, text => {
		const {issues} = configFromDraft({...draftFromConfig(loaded), ikeLifetime: text, ipsecLifetime: text});
		return issues.every(issue => !issue.message.includes('cannot be used; check what was typed'));
	}));
	const {issues} = configFromDraft({...draftFromConfig(loaded), ikeLifetime: '0086400'});
	t.deepEqual(issues, [{field: 'ikeLifetime', message: '0086400 has leading zeros; type 86400.'}]);
});
