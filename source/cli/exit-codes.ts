// The exit codes, named once (README's exit-code table). Kept apart from outcome-table.ts, which
// maps a journey's Outcome to one of these with its final lines, so that main's start-up bundle can
// name a code without loading the sentences. No other file spells a code as a number.
export const exitCodes = {
	/** Done: verified, nothing to change, already applied, or help/version. */
	done: 0,
	/** The change was refused, failed, timed out or could not be checked; or the command failed. */
	failed: 1,
	/** A bad argument, flag, setting or plan, refused before anything was sent. */
	usage: 2,
	/** Cancelled or interrupted by the user. */
	interrupted: 130,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A signal ends the program with 128 + its number, as shells report it. */
export const signalExitCodes = {SIGINT: 130, SIGHUP: 129, SIGTERM: 143} as const;
