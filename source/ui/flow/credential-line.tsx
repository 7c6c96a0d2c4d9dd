// Who the wizard acts as: where the key came from and its masked ID (never the secret).
import React from 'react';
import type {CredentialSummary} from '../../services/services.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
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

/** Who the wizard acts as; `note` (the remembered profile, when it differs) goes on a line below. */
export function CredentialLine({credentials, note}: {credentials: CredentialSummary; note?: string}) {
	const {symbols} = useUiEnvironment();
	return (
		<>
			<Line dimColor text={credentialText(credentials, symbols.separator)} />
			{note ? <Paragraph text={note} /> : undefined}
		</>
	);
}
