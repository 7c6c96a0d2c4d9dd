// Where the wizard keeps its preferences, audit log and pending update. The same folder conf would
// pick (env-paths conventions, no `-nodejs` suffix); IPSEC_WIZARD_CONFIG_DIR overrides it so tests
// and locked-down hosts can point it elsewhere.
import os from 'node:os';
import path from 'node:path';

const appName = 'ipsec-wizard';

export function configDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
	const override = env['IPSEC_WIZARD_CONFIG_DIR'];
	if (override) {
		return path.resolve(override);
	}

	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Preferences', appName);
	}

	if (platform === 'win32') {
		return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), appName, 'Config');
	}

	return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), appName);
}
