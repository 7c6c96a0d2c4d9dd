// The domain core: pure rules about an IPsec server's configuration. No terminal, network,
// filesystem, clock or randomness; callers pass tokens and random bytes in.
export * from './model.js';
export {fieldCatalogue} from './fields/field-catalogue.js';
export {fieldSteps, noSurroundings} from './fields/field-entry.js';
export {checkFieldText, parseFieldText} from './fields/field-check.js';
export type {FieldEntry, FieldKind, FieldStepId, SwitchWording} from './fields/field-entry.js';
export {apiKey, choicesOf, entryOf, fieldsOfStep, typedEntryOf, typedFields} from './fields/field-names.js';
export type {TypedEntry} from './fields/field-names.js';
export type {FieldKindOf, FieldValueOf, FieldValues, FieldsOfKind, TypedFieldName} from './fields/field-types.js';
export {textOfValue} from './fields/field-text.js';
export * from './cidr.js';
export * from './field-parsing.js';
export * from './field-validation.js';
export * from './config-validation.js';
export * from './advisories.js';
export * from './presets.js';
export * from './field-info.js';
export {configFromValues, fieldValue, negotiationFields} from './field-values.js';
export * from './server-config.js';
export * from './diff.js';
export {planUpdate, applyPlan} from './update-plan.js';
export {planToCliCommand, shellQuote} from './cli-command.js';
export * from './verification.js';
export * from './update-outcome.js';
export * from './psk.js';
