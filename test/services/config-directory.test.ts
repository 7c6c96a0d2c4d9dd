import test from 'ava';
import {configDirectory} from '../../source/services/config-directory.js';

test('IPSEC_WIZARD_CONFIG_DIR wins', t => {
	t.is(configDirectory({IPSEC_WIZARD_CONFIG_DIR: '/tmp/wizard'}, 'linux', '/home/a'), '/tmp/wizard');
});

test('platform folders otherwise', t => {
	t.is(configDirectory({}, 'linux', '/home/a'), '/home/a/.config/ipsec-wizard');
	t.is(configDirectory({XDG_CONFIG_HOME: '/x'}, 'linux', '/home/a'), '/x/ipsec-wizard');
	t.is(configDirectory({}, 'darwin', '/Users/a'), '/Users/a/Library/Preferences/ipsec-wizard');
});
