// Who the wizard acts as: where the key came from and its masked ID (never the secret).
import React from 'react';
import {Text} from 'ink';
import type {CredentialSummary} from '../../services/services.js';
import {terminalText} from '../fields/terminal-text.js';
import {useUiEnvironment} from '../shell/ui-environment.js';

export function credentialText(credentials: CredentialSummary, separator: string): string {
	return [
		`Credentials: ${credentials.source}`,
		credentials.profile ? `profile ${credentials.profile}` : undefined,
		`AccessKey ID ${credentials.accessKeyIdMasked}`,
	]
		.filter(Boolean)
		.join(separator);
}

export function CredentialLine({credentials}: {credentials: CredentialSummary}) {
	const {symbols, unicode} = useUiEnvironment();
	return (
		<Text dimColor wrap="truncate-end">
			{terminalText(credentialText(credentials, symbols.separator), unicode)}
		</Text>
	);
}
