// Step 1 as drawn: what is being done (or why it failed) and the client's latest retry. A plain
// view, with no services behind it: the program's first frame draws it before the wizard's code
// has loaded (cli/run-wizard.tsx), and the connect screen draws the same once it has.
import React from 'react';
import {Paragraph} from '../shell/paragraph.js';
import {Line} from '../shell/line.js';
import {Screen} from '../shell/screen.js';
import {Spinner} from '../shell/spinner.js';

export type ConnectViewProps = {
	sandbox: boolean;
	profile?: string;
	/** Why the last attempt failed, until the next one starts. */
	error?: string;
	/** The client's latest retry while it waits. */
	retry?: string;
};

export function ConnectView({sandbox, profile, error, retry}: ConnectViewProps) {
	const what = sandbox ? 'Starting the sandbox' : 'Resolving credentials';
	return (
		<Screen step={1} hints={error ? ['Enter try again', 'Ctrl+C quit'] : ['Ctrl+C quit']}>
			{error ? <Paragraph text={error} /> : <Spinner label={`${what}${profile ? ` (profile ${profile})` : ''}`} />}
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
