// Who the wizard acts as: where the key came from (a profile by name and mode) and its masked ID
// (never the secret). At a narrow width the source is shortened, never the ID: the ID is what a
// support engineer checks against the customer's account.
import React from 'react';
import type {CredentialSummary} from '../../services/services.js';
import {terminalText} from '../fields/terminal-text.js';
import {fitLine} from '../shell/fit-line.js';
import {Line} from '../shell/line.js';
import {Paragraph} from '../shell/paragraph.js';
import {useTerminalSize} from '../shell/use-terminal-size.js';
import {useUiEnvironment} from '../shell/ui-environment.js';

/**
 * `source` already names the profile (e.g. `aliyun CLI profile work (RamRoleArn)`), so it is said
 * once. Too wide, the line drops words before it cuts: "aliyun CLI", then "AccessKey ID" becomes
 * "key", then "Credentials:"; only then is the source cut.
 */
export function credentialText(
	credentials: CredentialSummary,
	separator: string,
	fit: {columns: number; ellipsis: string; unicode: boolean} = {columns: Number.POSITIVE_INFINITY, ellipsis: '…', unicode: true},
): string {
	const source = terminalText(credentials.source, fit.unicode);
	const id = terminalText(credentials.accessKeyIdMasked, fit.unicode);
	const short = source.replace(/^aliyun CLI (?=profile )/, '');
	const width = (text: string) => [...text].length;
	const variants = [`Credentials: ${source}${separator}AccessKey ID ${id}`, `Credentials: ${short}${separator}AccessKey ID ${id}`, `Credentials: ${short}${separator}key ${id}`, `${short}${separator}key ${id}`];
	const fitting = variants.find(text => width(text) <= fit.columns);
	if (fitting) {
		return fitting;
	}

	const end = `${separator}key ${id}`;
	return `${fitLine(short, Math.max(fit.columns - width(end), 0), fit.ellipsis)}${end}`;
}

/** Who the wizard acts as; `note` (the remembered profile, when it differs) goes on a line below. */
export function CredentialLine({credentials, note}: {credentials: CredentialSummary; note?: string}) {
	const {symbols, unicode} = useUiEnvironment();
	const {columns} = useTerminalSize();
	return (
		<>
			<Line dimColor text={credentialText(credentials, symbols.separator, {columns, ellipsis: symbols.ellipsis, unicode})} />
			{note ? <Paragraph text={note} /> : undefined}
		</>
	);
}
