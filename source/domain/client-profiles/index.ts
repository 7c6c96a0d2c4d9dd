// Client profiles: pure, from a server's settings and its gateway's public IP to files and findings.
export * from './client-kinds.js';
export * from './compatibility.js';
export * from './lockout-advisories.js';
export * from './profile-input.js';
export * from './client-profiles.js';
export {clientProfileDirectory} from './profile-directory.js';
export {swanctlConnectionName} from './swanctl-profile.js';
export {settingsCard, cardWidth, columns} from './settings-card.js';
