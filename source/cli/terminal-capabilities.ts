// Decided once at start-up from the environment and flags, then handed to the UI.

export type TerminalCapabilities = {
	/** Both stdin and stdout are terminals: the interactive wizard can run. */
	interactive: boolean;
	color: boolean;
	unicode: boolean;
};

/** The first locale variable that is set decides (the POSIX order: LC_ALL, LC_CTYPE, LANG). */
export function isUtf8Locale(env: NodeJS.ProcessEnv): boolean {
	const locale = [env['LC_ALL'], env['LC_CTYPE'], env['LANG']].find(value => value !== undefined && value !== '');
	return locale !== undefined && /utf-?8/i.test(locale);
}

export function colorAllowed(env: NodeJS.ProcessEnv, colorFlag: boolean): boolean {
	return colorFlag && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

export function terminalCapabilities(
	env: NodeJS.ProcessEnv,
	colorFlag: boolean,
	streams: {stdinIsTty: boolean; stdoutIsTty: boolean},
): TerminalCapabilities {
	return {
		interactive: streams.stdinIsTty && streams.stdoutIsTty,
		color: colorAllowed(env, colorFlag),
		unicode: isUtf8Locale(env),
	};
}

/** The one sentence for running the wizard without a terminal. */
export function notInteractiveMessage(streams: {stdinIsTty: boolean; stdoutIsTty: boolean}): string {
	const missing = streams.stdinIsTty ? 'standard output is not' : streams.stdoutIsTty ? 'standard input is not' : 'neither standard input nor standard output is';
	return `The wizard needs a terminal, but ${missing} one: run it in a terminal (use ssh -t for remote runs), or use ipsec-wizard status --region R --gateway vpn-... which works without one.`;
}
