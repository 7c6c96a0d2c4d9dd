import test from 'ava';
import {applyRecommendedIke, applyRecommendedIpsec} from '../../source/domain/presets.js';
import {loadedConfig} from './fixtures.js';

test('the Phase 1 preset is IKEv2 main mode, AES-256, SHA-256, group 14, keeping lifetime and IDs', t => {
	const config = applyRecommendedIke({...loadedConfig, ikeConfig: {...loadedConfig.ikeConfig, ikeVersion: 'ikev1', ikeMode: 'aggressive', remoteId: 'laptop.example.com'}});
	t.deepEqual(config.ikeConfig, {
		ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14',
		ikeLifetime: 86_400, localId: '47.100.1.2', remoteId: 'laptop.example.com',
	});
	t.deepEqual(config.ipsecConfig, loadedConfig.ipsecConfig);
});

test('the Phase 2 preset is AES-256, SHA-256, group 14, keeping the lifetime', t => {
	const config = applyRecommendedIpsec({...loadedConfig, ipsecConfig: {...loadedConfig.ipsecConfig, ipsecLifetime: 3600}});
	t.deepEqual(config.ipsecConfig, {ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600});
	t.deepEqual(config.ikeConfig, loadedConfig.ikeConfig);
});

test('presets leave the original configuration untouched', t => {
	const before = structuredClone(loadedConfig);
	applyRecommendedIpsec(applyRecommendedIke(loadedConfig));
	t.deepEqual(loadedConfig, before);
});
