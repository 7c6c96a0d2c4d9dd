// Step 9: the submit's stages as the runner reaches them (re-read, DryRun, the record, the update).
import React from 'react';
import {Text} from 'ink';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {Spinner} from '../shell/spinner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {CredentialSummary} from '../../services/services.js';
import {CredentialLine} from './credential-line.js';
import {submitStages, type SubmitStage} from './submit-update.js';
import {useRetryNotice} from './retry-notice.js';

export type SubmitScreenProps = {
	credentials: CredentialSummary;
	/** The stage the journey is in (the runner carries it out). */
	stage: SubmitStage;
	clientToken: string;
	serverLabel: string;
};

export function SubmitScreen({credentials, stage, clientToken, serverLabel}: SubmitScreenProps) {
	const {symbols} = useUiEnvironment();
	const retry = useRetryNotice(true);
	const reached = submitStages.findIndex(entry => entry.stage === stage);
	return (
		<Screen step={9} serverLabel={serverLabel} hints={['Ctrl+C quit (the update may already be on its way)']}>
			<CredentialLine credentials={credentials} />
			{submitStages.map((entry, index) =>
				index < reached ? (
					<Text key={entry.stage} wrap="truncate-end">
						{symbols.tick} {entry.label}
					</Text>
				) : index === reached ? (
					<Spinner key={entry.stage} label={entry.label} />
				) : (
					<Text key={entry.stage} dimColor wrap="truncate-end">
						{'  '}
						{entry.label}
					</Text>
				),
			)}
			<Line dimColor text={`ClientToken ${clientToken}`} />
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
