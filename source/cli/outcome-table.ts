// The one table from how a journey ended to its exit code and final lines (README's exit-code
// table). Every runbook command ends through it; the lines are derived from what was read.
import {apiKey} from '../domain/api-settings.js';
import type {Outcome} from '../engine/journey.js';
import {errorSentence} from '../ui/flow/error-text.js';
import {mismatchLines, reattachCommand, unappliedLines, type FollowTarget} from '../ui/flow/status-lines.js';

import {exitCodes} from './exit-codes.js';

export {exitCodes} from './exit-codes.js';

export type Ending = {code: number; lines: string[]};

export type EndingContext = {
	/** How to follow the update again (`ipsec-wizard status …`). */
	follow: FollowTarget;
	/** e.g. "10 min". */
	timeout: string;
	/** How to try again, e.g. `ipsec-wizard apply plan.json`. */
	again: string;
};

export function ending(outcome: Outcome, context: EndingContext): Ending {
	const reattach = reattachCommand(context.follow);
	switch (outcome.kind) {
		case 'verified': {
			return {
				code: exitCodes.done,
				lines: [
					outcome.answerLost
						? 'Applied: the answer to the update was lost, but the server has exactly the planned settings.'
						: 'Verified: the server has exactly the settings that were sent.',
				],
			};
		}

		case 'nothing-to-change': {
			return {code: exitCodes.done, lines: ['Nothing to change: the server already has these settings; no plan was written.']};
		}

		case 'already-applied': {
			return {code: exitCodes.done, lines: ['Already applied: the server holds every setting of this plan, so nothing was sent again.']};
		}

		case 'changed-elsewhere': {
			return {
				code: exitCodes.failed,
				lines: [
					'Refused: the server changed since the plan was made, so nothing was sent. What differs:',
					...outcome.changes.map(change => `  ${apiKey(change.field)}: ${change.before} -> ${change.after}`),
					'Make the plan again against the server as it is now.',
				],
			};
		}

		case 'busy': {
			return {
				code: exitCodes.failed,
				lines: [`The gateway is busy with another change: ${errorSentence(outcome.error)} Nothing was changed; once it is active, run again: ${context.again}`],
			};
		}

		case 'refused': {
			return {code: exitCodes.failed, lines: [outcome.sentence ?? `${errorSentence(outcome.error)} Nothing was changed.`]};
		}

		case 'not-applied':
		case 'partly': {
			return {code: exitCodes.failed, lines: unappliedLines(outcome.kind === 'partly' ? {kind: 'partly', fields: outcome.fields} : {kind: 'not-applied'}, outcome.verification)};
		}

		case 'failed-verification': {
			return {
				code: exitCodes.failed,
				lines: ['The gateway is active, but the server does not have what was sent:', ...mismatchLines(outcome.watch.verification), 'Check it in the console before trying again.'],
			};
		}

		case 'timed-out': {
			return {
				code: exitCodes.failed,
				lines: [
					`The gateway was still ${outcome.lastStatus ?? 'not active'} after ${context.timeout}; the update may have been applied and may still complete.`,
					`Check again later with: ${reattach}`,
				],
			};
		}

		case 'follow-failed': {
			return {code: exitCodes.failed, lines: [errorSentence(outcome.error), `The update may have been applied; check again with: ${reattach}`]};
		}

		case 'cancelled': {
			return {code: exitCodes.interrupted, lines: ['Cancelled: nothing was changed.']};
		}

		case 'interrupted': {
			return {
				code: exitCodes.interrupted,
				lines: outcome.sent
					? [`Interrupted; the update may have been applied. Follow it with: ${reattach}`]
					: ['Interrupted before the update was sent; nothing was changed.'],
			};
		}
	}
}
