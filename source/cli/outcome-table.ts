// The one table from how a journey ended to its exit code and final lines (README's exit-code
// table). Every runbook command and the wizard end through it; the lines are derived from what was
// read. The wizard says a few things in its own words (its context's `wizard`), and names the audit
// log on the way out.
import {apiKey} from '../domain/api-settings.js';
import type {Outcome} from '../engine/journey.js';
import {errorSentence} from '../ui/flow/error-text.js';
import {formatDuration, mismatchLines, reattachCommand, unappliedLines, type FollowTarget} from '../ui/flow/status-lines.js';

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
	/** The wizard's ending: its own sentences where they differ, and its audit log. */
	wizard?: WizardAudit;
};

export type WizardAudit = {
	auditLogPath: string;
	/** The audit log's failure this run (one sentence), said last. */
	auditProblem?: string;
};

export function ending(outcome: Outcome, context: EndingContext): Ending {
	const said = endingLines(outcome, context);
	const problem = context.wizard?.auditProblem;
	// The verified ending names the log itself (or its problem in its place).
	return problem && !(outcome.kind === 'verified') ? {...said, lines: [...said.lines, problem]} : said;
}

/** The wizard's context: where it follows the update (once there is one), its flags and its --timeout. */
export function wizardEnding(
	outcome: Outcome,
	{follow, connectionFlags, timeoutMs, audit}: {follow?: Omit<FollowTarget, 'connectionFlags'>; connectionFlags?: string[]; timeoutMs: number; audit: WizardAudit},
): Ending {
	return ending(outcome, {
		follow: {
			regionId: follow?.regionId ?? '',
			vpnGatewayId: follow?.vpnGatewayId ?? '',
			...(follow?.ipsecServerId === undefined ? {} : {ipsecServerId: follow.ipsecServerId}),
			...(connectionFlags ? {connectionFlags} : {}),
		},
		timeout: formatDuration(timeoutMs),
		again: 'ipsec-wizard',
		wizard: audit,
	});
}

function endingLines(outcome: Outcome, context: EndingContext): Ending {
	const reattach = reattachCommand(context.follow);
	const {wizard} = context;
	switch (outcome.kind) {
		case 'verified': {
			if (wizard) {
				const verdict = outcome.answerLost ? 'Applied and verified, although the answer to the update was lost.' : 'Verified.';
				return {code: exitCodes.done, lines: wizard.auditProblem ? [verdict, wizard.auditProblem] : [`${verdict} Audit log: ${wizard.auditLogPath}`]};
			}

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
			if (wizard) {
				return {code: exitCodes.done, lines: ['Nothing to change: the server keeps its settings.']};
			}

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
			if (wizard) {
				return {code: exitCodes.failed, lines: unappliedLines(outcome.watch.outcome, outcome.watch.verification)};
			}

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
			if (outcome.verdict) {
				// Once the server was read, its verdict is what happened.
				return {code: exitCodes.interrupted, lines: endingLines(outcome.verdict, context).lines};
			}

			return {
				code: exitCodes.interrupted,
				lines: outcome.sent
					? [`Interrupted; the update may have been applied. Follow it with: ${reattach}`]
					: ['Interrupted before the update was sent; nothing was changed.'],
			};
		}

		case 'aborted': {
			return {code: exitCodes.interrupted, lines: ['Aborted: nothing was changed.']};
		}

		case 'quit': {
			return {code: exitCodes.interrupted, lines: ['Quit: nothing was changed.']};
		}

		case 'left': {
			return {
				code: exitCodes.interrupted,
				lines: [
					outcome.answerLost
						? `Left before the outcome was known; the update may have been applied. Follow it with: ${reattach}`
						: `Left before verification; the update goes on. Follow it with: ${reattach}`,
				],
			};
		}

		case 'gateway-active': {
			return {code: exitCodes.done, lines: [`The gateway ${context.follow.vpnGatewayId} is active.`]};
		}
	}
}
