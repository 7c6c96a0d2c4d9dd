// Step 9: runs submitUpdate once and shows its stages; the outcome moves the App on.
import React, {useEffect, useState} from 'react';
import {Text} from 'ink';
import type {ApiError} from '../../api/api-error.js';
import type {FieldChange} from '../../domain/index.js';
import type {IpsecServerConfig, UpdatePlan} from '../../domain/model.js';
import {Screen} from '../shell/screen.js';
import {Line} from '../shell/line.js';
import {Spinner} from '../shell/spinner.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import type {Connection} from '../../services/services.js';
import type {Loaded} from './app-reducer.js';
import {CredentialLine} from './credential-line.js';
import {submitStages, submitUpdate, type SubmitStage} from './submit-update.js';
import {useRetryNotice} from './use-retry-notice.js';
import {useServices} from './services-context.js';

export type SubmitScreenProps = {
	connection: Connection;
	plan: UpdatePlan;
	edited: IpsecServerConfig;
	loaded: Loaded;
	serverLabel: string;
	/** Sent and answered, or found already applied: follow it and verify. */
	/** The real UpdateIpsecServer is about to leave: from now on an interrupt may leave it applied. */
	onSending(): void;
	onSubmitted(requestIds: string[]): void;
	/** Sent, no answer: the outcome is unknown until the server is read again. */
	onUnknown(error: ApiError, requestIds: string[]): void;
	onChangedElsewhere(baseline: Loaded, changes: FieldChange[]): void;
	onBusy(error: ApiError): void;
	onRejected(error: unknown, stage: SubmitStage, sentence?: string): void;
};

export function SubmitScreen(props: SubmitScreenProps) {
	const services = useServices();
	const {symbols} = useUiEnvironment();
	const [stage, setStage] = useState<SubmitStage>('rereading');
	const retry = useRetryNotice(true);
	useEffect(() => {
		let cancelled = false;
		void submitUpdate(
			{api: props.connection.api, pendingUpdates: services.pendingUpdates, auditLog: services.auditLog, now: services.clock.now, onStage(next) {
				setStage(next);
				if (next === 'submitting') {
					props.onSending();
				}
			}},
			{plan: props.plan, edited: props.edited, loaded: props.loaded},
		).then(outcome => {
			if (cancelled) {
				return;
			}

			switch (outcome.kind) {
				case 'submitted':
				case 'already-applied': {
					props.onSubmitted(outcome.requestIds);
					break;
				}

				case 'unknown': {
					props.onUnknown(outcome.error, outcome.requestIds);
					break;
				}

				case 'changed-elsewhere': {
					props.onChangedElsewhere(outcome.baseline, outcome.changes);
					break;
				}

				case 'busy': {
					props.onBusy(outcome.error);
					break;
				}

				case 'rejected': {
					props.onRejected(outcome.error, outcome.stage, outcome.sentence);
					break;
				}
			}
		});
		return () => {
			cancelled = true;
		};
	}, []);
	const reached = submitStages.findIndex(entry => entry.stage === stage);
	return (
		<Screen step={9} serverLabel={props.serverLabel} hints={['Ctrl+C quit (the update may already be on its way)']}>
			<CredentialLine credentials={props.connection.credentials} />
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
			<Line dimColor text={`ClientToken ${props.plan.clientToken}`} />
			{retry ? <Line dimColor text={retry} /> : undefined}
		</Screen>
	);
}
