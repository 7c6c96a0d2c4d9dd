// The flags that say how this run reached the API, repeated in the `ipsec-wizard status …` command
// the wizard prints, so the command works as printed.
import {shellQuote} from '../domain/index.js';

export function connectionFlags(command: {sandbox: boolean; profile?: string; endpoint?: string}): string[] {
	return [
		...(command.sandbox ? ['--sandbox'] : []),
		...(command.profile ? [`--profile ${shellQuote(command.profile)}`] : []),
		...(command.endpoint ? [`--endpoint ${shellQuote(command.endpoint)}`] : []),
	];
}
