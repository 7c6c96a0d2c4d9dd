// Every client profile for one server, and what the person handing them out should know: which
// profiles were left out and why, and where a client cannot express a setting exactly.
import {appleLifetimeMinutes} from './apple-names.js';
import {appleLifetime, appleProfile} from './apple-profile.js';
import {clientKindLabels} from './client-kinds.js';
import {clientCompatibility, type Compatibility} from './compatibility.js';
import type {ProfileFile, ProfileFormat, ProfileInput} from './profile-input.js';
import {settingsCard} from './settings-card.js';
import {swanctlProfile} from './swanctl-profile.js';

export type ClientProfiles = {
	files: ProfileFile[];
	/** One sentence each. */
	findings: string[];
	compatibility: Compatibility[];
};

export function clientProfiles(input: ProfileInput, formats: readonly ProfileFormat[] = ['swanctl', 'mobileconfig', 'card']): ClientProfiles {
	const compatibility = clientCompatibility(input.config);
	const findings: string[] = [];
	const files: ProfileFile[] = [];
	const apple = compatibility.find(entry => entry.kind === 'apple');
	const apple26 = compatibility.find(entry => entry.kind === 'apple26');
	for (const format of formats) {
		if (format === 'swanctl') {
			files.push(swanctlProfile(input));
		} else if (format === 'card') {
			files.push(settingsCard(input));
		} else if (apple?.verdict === 'no') {
			findings.push(`No .mobileconfig: ${clientKindLabels.apple} cannot connect: ${apple.reason}.`);
		} else {
			files.push(appleProfile(input));
			if (apple26?.verdict === 'no') {
				findings.push(`The .mobileconfig works before iOS/macOS 26 only: ${apple26.reason}.`);
			}

			for (const [phase, seconds] of [['IKE', input.config.ikeConfig.ikeLifetime], ['child', input.config.ipsecConfig.ipsecLifetime]] as const) {
				const minutes = appleLifetime(seconds);
				if (minutes * 60 !== seconds) {
					findings.push(`Apple takes lifetimes in whole minutes from ${appleLifetimeMinutes.min} to ${appleLifetimeMinutes.max}: the ${phase} SA lifetime of ${seconds} s is ${minutes} min in the .mobileconfig (IKEv2 does not negotiate lifetimes, so it still connects).`);
				}
			}
		}
	}

	if (!input.includePsk) {
		findings.push('The pre-shared key is left out: a placeholder stands in its place.');
	}

	return {files, findings, compatibility};
}
