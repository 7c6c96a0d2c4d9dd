// What the review shows, worked out from the draft without any UI: the issues that stop a
// submit, or the diff against the loaded configuration with its advisories.
import {advisoriesFor, diffConfig, fieldInfo, validateConfig, type Advisory, type ConfigDiff, type FieldIssue} from '../../../domain/index.js';
import type {IpsecServerConfig, ServerContext} from '../../../domain/index.js';
import {lockoutAdvisories} from '../../../domain/client-profiles/lockout-advisories.js';
import {configFromDraft, type Draft} from '../draft.js';
import {stepOfField} from '../edit-steps.js';
import type {ReviewState} from './review-choices.js';

export type ReviewModel =
	| {state: ReviewState & {kind: 'invalid'}; issues: FieldIssue[]}
	| {state: ReviewState & {kind: 'empty' | 'ready'}; edited: IpsecServerConfig; diff: ConfigDiff; advisories: Advisory[]};

export function reviewModel(draft: Draft, loaded: IpsecServerConfig, context: ServerContext): ReviewModel {
	const {config, issues: parseIssues} = configFromDraft(draft);
	const issues = config ? validateConfig(config, context) : parseIssues;
	const first = issues[0];
	if (!config || first) {
		return {state: {kind: 'invalid', fixStep: stepOfField(first?.field ?? 'ipsecServerName')}, issues};
	}

	const diff = diffConfig(loaded, config, context);
	return {
		state: {kind: diff.isEmpty ? 'empty' : 'ready'},
		edited: config,
		diff,
		advisories: diff.isEmpty ? [] : [...lockoutAdvisories(loaded, config), ...advisoriesFor(config, context)],
	};
}

/**
 * One line on what kind of change this is, standing in for the diff's first sentence (which
 * says the same at more length); the other sentences (renegotiation, dropped clients, what
 * clients must change) follow it on the review.
 */
export function changeKindLine(diff: ConfigDiff): string {
	return diff.synchronous
		? 'Synchronous: only the name changes; applied at once, no tunnel is touched.'
		: 'Asynchronous: the gateway is \'updating\' until it is done.';
}

/** The diff's sentences that changeKindLine does not already say. */
export function consequenceSentences(diff: ConfigDiff): string[] {
	return diff.summary.slice(1);
}

/** An advisory on the review, where several fields can share the same advice: which one it is about. */
export function advisoryText(advisory: Advisory): string {
	return `${fieldInfo[advisory.field].label}: ${advisory.message}`;
}
