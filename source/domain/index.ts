// The domain core: pure rules about an IPsec server's configuration. No terminal, network,
// filesystem, clock or randomness; callers pass tokens and random bytes in.
export * from './model.js';
export * from './cidr.js';
export * from './field-parsing.js';
export * from './field-validation.js';
export * from './config-validation.js';
export * from './advisories.js';
export * from './presets.js';
export * from './field-info.js';
export {negotiationFields} from './field-values.js';
export * from './server-config.js';
export * from './diff.js';
export {planUpdate, applyPlan} from './update-plan.js';
export {planToCliCommand, shellQuote} from './cli-command.js';
export * from './verification.js';
export * from './update-outcome.js';
export * from './psk.js';
