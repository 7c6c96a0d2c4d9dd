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

/** Greedy word wrap: no line longer than `columns` unless one word is; never a word cut in two. */
export function wrapWords(text: string, columns: number): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		if (line !== '' && line.length + 1 + word.length > columns) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}

	return [...lines, line].join('\n');
}

/**
 * The one sentence for running the wizard without a terminal, wrapped to `columns` (the width of
 * the terminal it is shown in, 80 when unknown), so no terminal breaks it mid-word.
 */
export function notInteractiveMessage(streams: {stdinIsTty: boolean; stdoutIsTty: boolean}, columns = 80): string {
	const missing = streams.stdinIsTty ? 'standard output is not' : streams.stdoutIsTty ? 'standard input is not' : 'neither standard input nor standard output is';
	return wrapWords(
		`The wizard needs a terminal, but ${missing} one: run it in a terminal (use ssh -t for remote runs), or use ipsec-wizard status --region R --gateway vpn-... which works without one.`,
		Math.max(20, columns),
	);
}
