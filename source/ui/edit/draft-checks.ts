// Everything the edit steps say about the draft as it stands: the one message per field that
// blocks going on (parse problems first, then the whole-configuration rules), and advice.
import {advisoriesFor, validateConfig} from '../../domain/index.js';
import {previewWithIssues, type Draft} from './draft.js';
import type {FieldName, IpsecServerConfig, ServerContext} from '../../domain/index.js';

export type DraftChecks = {
	/** The first issue of each field that has one. */
	issues: Partial<Record<FieldName, string>>;
	/** The configuration the advisories looked at. */
	preview: IpsecServerConfig;
};

export function checkDraft(draft: Draft, loaded: IpsecServerConfig, context: ServerContext): DraftChecks {
	const {preview, issues: parse} = previewWithIssues(draft, loaded);
	const issues: Partial<Record<FieldName, string>> = {};
	for (const issue of [...parse, ...validateConfig(preview, context)]) {
		issues[issue.field] ??= issue.message;
	}

	return {issues, preview};
}

/**
 * checkDraft against one server, remembering its last answer: the step form checks the draft it
 * has just drawn, and the App's render asks again about that same draft a moment later.
 */
export function draftChecker(loaded: IpsecServerConfig, context: ServerContext): (draft: Draft) => DraftChecks {
	let last: {draft: Draft; checks: DraftChecks} | undefined;
	return draft => {
		if (last?.draft !== draft) {
			last = {draft, checks: checkDraft(draft, loaded, context)};
		}

		return last.checks;
	};
}

/** The first advice about each field that has some. */
export function advisoryByField(checks: DraftChecks, context: ServerContext): Partial<Record<FieldName, string>> {
	const advice: Partial<Record<FieldName, string>> = {};
	for (const advisory of advisoriesFor(checks.preview, context)) {
		advice[advisory.field] ??= advisory.message;
	}

	return advice;
}
