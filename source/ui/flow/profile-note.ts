// The profile remembered from an earlier run is never applied by itself (acting on another
// customer's account unasked is worse than asking again); when this run's credentials come from
// elsewhere, the picker says so and how to use the remembered one.
import type {CredentialSummary} from '../../services/services.js';

export function profileNote({
	lastProfile,
	requestedProfile,
	credentials,
	sandbox,
}: {
	lastProfile?: string;
	/** --profile, when given: an explicit choice needs no reminder. */
	requestedProfile?: string;
	credentials: CredentialSummary;
	sandbox: boolean;
}): string | undefined {
	if (sandbox || requestedProfile !== undefined || lastProfile === undefined || credentials.profile === lastProfile) {
		return undefined;
	}

	return `The last run used profile ${lastProfile}; to use it again, start with --profile ${lastProfile}.`;
}

/** Rows the note takes when wrapped at this width (a long profile name can make it three). */
export const noteRows = (note: string | undefined, columns: number): number =>
	note === undefined ? 0 : Math.ceil(note.length / Math.max(20, columns));
