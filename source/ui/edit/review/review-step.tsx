// Step 8: the review. Shows the notice, then either what stops a submit, "nothing to change", or
// the change itself; the choice list submits, finishes, goes back to a chosen step or cancels, and
// a step's number goes back to that step at once.
import React, {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import {planToCliCommand, planUpdate, type FieldChange, type IpsecServerConfig, type ServerContext, type UpdatePlan} from '../../../domain/index.js';
import {clientTokenFor, type ClientTokenSource} from '../../../domain/client-token.js';
import {Screen} from '../../shell/screen.js';
import {useScreenKeys} from '../../shell/keyboard.js';
import {SelectField} from '../../fields/select-field.js';
import {choiceMoveFor, moveChoice} from '../../fields/select-state.js';
import type {Draft} from '../draft.js';
import type {EditNotice} from '../edit-notice.js';
import {stepOfNumberKey, type EditStepId} from '../edit-steps.js';
import {useColumns} from '../../fields/columns.js';
import {NoticeView, noticeRows} from './notice-view.js';
import {ReviewDetails, useDetailLines} from './review-details.js';
import {ReviewIssues} from './review-issues.js';
import {reviewAction, reviewChoices, stepChoices} from './review-choices.js';
import {reviewModel} from './review-model.js';
import {ReviewSummary} from './review-summary.js';

export type ReviewStepProps = {
	draft: Draft;
	loaded: IpsecServerConfig;
	context: ServerContext;
	serverLabel: string;
	notice?: EditNotice;
	/** Where the plan's ClientToken comes from: the same request in the same attempt, the same token. */
	clientToken: ClientTokenSource;
	onSubmit(plan: UpdatePlan, edited: IpsecServerConfig, changes: FieldChange[]): void;
	onNothingToChange(): void;
	onCancel(): void;
	onStepChange(step: EditStepId): void;
	onBack(): void;
};

type Mode = 'main' | 'pick-step' | 'details';

/** 24 rows minus the shared frame (banner, heading, server line, two gaps, hints). */
const bodyRows = 18;

export function ReviewStep(props: ReviewStepProps) {
	const [mode, setMode] = useState<Mode>('main');
	const [detailsOffset, setDetailsOffset] = useState(0);
	const model = useMemo(() => reviewModel(props.draft, props.loaded, props.context), [props.draft, props.loaded, props.context]);
	// The plan from the model's diff: the pair is diffed once per draft change, not once per render.
	const {namespace, attempt} = props.clientToken;
	const plan = useMemo(() => {
		const planned = model.state.kind === 'ready' && 'edited' in model ? planUpdate(props.loaded, model.edited, props.context, '', model.diff) : undefined;
		return planned && {...planned, clientToken: clientTokenFor({namespace, attempt}, planned)};
	}, [model, props.loaded, props.context, namespace, attempt]);
	const choices = mode === 'pick-step' ? stepChoices : reviewChoices(model.state);
	const [highlighted, setHighlighted] = useState<{mode: Mode; value: string}>({mode, value: ''});
	const choice = highlighted.mode === mode && highlighted.value ? highlighted.value : choices[0]?.value ?? '';

	const act = (value: string) => {
		const action = reviewAction(value);
		switch (action?.type) {
			case 'submit': {
				if (plan && 'edited' in model) {
					props.onSubmit(plan, model.edited, model.diff.changes);
				}

				break;
			}

			case 'finish': {
				props.onNothingToChange();
				break;
			}

			case 'cancel': {
				props.onCancel();
				break;
			}

			case 'pick-step': {
				setMode('pick-step');
				break;
			}

			case 'go': {
				props.onStepChange(action.step);
				break;
			}

			case undefined: {
				break;
			}
		}
	};

	useScreenKeys(
		(input, key) => {
			const move = choiceMoveFor(key);
			if (mode === 'details' && (key.upArrow || key.downArrow || key.pageUp || key.pageDown)) {
				const step = key.pageUp || key.pageDown ? bodyRows - 1 : 1;
				const lastStart = Math.max(detailLineCount - bodyRows, 0);
				setDetailsOffset(Math.min(Math.max(detailsOffset + (key.upArrow || key.pageUp ? -step : step), 0), lastStart));
			} else if (key.return && mode !== 'details') {
				act(choice);
			} else if (move && mode !== 'details') {
				setHighlighted({mode, value: moveChoice(choices, choice, move)});
			} else if (mode !== 'details' && !key.ctrl && !key.meta && stepOfNumberKey(input)) {
				// A step's number (as its heading shows it) goes straight there: back to one field in two keys.
				props.onStepChange(stepOfNumberKey(input)!);
			} else if (input === 'd' && !key.ctrl && 'diff' in model && !model.diff.isEmpty) {
				setDetailsOffset(0);
				setMode(mode === 'details' ? 'main' : 'details');
			}
		},
		{onBack: () => (mode === 'main' ? props.onBack() : setMode('main'))},
	);

	const noticeLines = noticeRows(props.notice, useColumns());
	const command = plan ? planToCliCommand(plan) : undefined;
	const detailLineCount = useDetailLines('diff' in model ? model.diff : undefined, 'advisories' in model ? model.advisories : [], command).length;
	const hints = mode === 'details'
		? [detailLineCount > bodyRows ? 'Up/Down scroll' : '', 'd or Esc back to the choices'].filter(Boolean)
		: ['Enter choose', '3-7 go to step', 'd details', 'Esc back', '? help', 'Ctrl+C quit'];
	const choiceRows = choices.length + (mode === 'pick-step' ? 1 : 0);
	return (
		<Screen step={8} serverLabel={props.serverLabel} hints={hints}>
			{props.notice && mode !== 'details' ? <NoticeView notice={props.notice} /> : undefined}
			{mode === 'details' && 'diff' in model ? (
				<ReviewDetails diff={model.diff} advisories={model.advisories} command={command} offset={detailsOffset} rows={bodyRows} />
			) : (
				<Box flexDirection="column">
					{'issues' in model ? <ReviewIssues issues={model.issues} rows={bodyRows - noticeLines - choiceRows - 1} /> : undefined}
					{'diff' in model && model.diff.isEmpty ? <Text bold>Nothing to change: the server already has these settings.</Text> : undefined}
					{'diff' in model && !model.diff.isEmpty ? (
						<ReviewSummary diff={model.diff} advisories={model.advisories} command={command} bodyRows={bodyRows} noticeLines={noticeLines} choiceRows={choiceRows} />
					) : undefined}
					<Box flexDirection="column" marginTop={1}>
						{mode === 'pick-step' ? <Text bold>Go back to which step?</Text> : undefined}
						<SelectField options={choices} value={choice} />
					</Box>
				</Box>
			)}
		</Screen>
	);
}
