// The body every field step shares: one row per field, the focused one expanded, and the one
// keyboard registration of the step. Enter accepts the focused field and moves on (refused while
// it is invalid), Tab/Shift+Tab move between fields, ↑/↓ move in a list or else between fields,
// the review key goes to the review (refused, like Enter, while a field of the step is invalid),
// Esc goes back.
// A key's effect reaches the screen before the App hears of it: the step's form draws the changed
// draft itself (a render of this form alone), and hands it to the App in the same commit, just
// after that frame is out (a layout effect, so no other key is handled in between). The form's
// frame is whole (its checks are those of the draft it shows); the App's render costs most of a
// keystroke and follows in the next frame.
import React, {useLayoutEffect, useMemo, useRef, useState} from 'react';
import {Box} from 'ink';
import type {Key} from 'ink';
import {maskSecret} from '../../domain/index.js';
import type {ServerContext} from '../../domain/index.js';
import {useScreenKeys} from '../shell/keyboard.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {FieldRow} from '../fields/field-row.js';
import {choiceMoveFor, moveChoice} from '../fields/select-state.js';
import {useTextField} from '../fields/use-text-field.js';
import {advisoryByField, type DraftChecks} from './draft-checks.js';
import type {Draft} from './draft.js';
import {specLabel, specValue, type FieldSpec} from './field-specs.js';
import {FocusedField} from './focused-field.js';
import {isReviewKey} from './review-key.js';

export type FocusState = {index: number; refused: boolean};

export type StepFormProps = {
	fields: readonly FieldSpec[];
	/** Which field has focus (within fields), and whether Enter was just refused there. */
	focus: FocusState;
	onFocus(focus: FocusState): void;
	draft: Draft;
	/** The draft as loaded, for "(current)" and "was". */
	loadedDraft: Draft;
	/** The checks of a draft (the one this form shows). */
	checksOf(draft: Draft): DraftChecks;
	context: ServerContext;
	onDraftChange(draft: Draft): void;
	/** Enter on the last field with every field of the step valid. */
	onDone(): void;
	/** The review key with every field of the step valid. */
	onReview(): void;
	onBack(): void;
	/** Step keys (a preset, reveal), offered first; true when handled. */
	onKey?(input: string, key: Key, focused: FieldSpec): boolean;
	revealed?: boolean;
	children?: React.ReactNode;
};

export function StepForm(props: StepFormProps) {
	const {fields, loadedDraft, context, revealed = false, focus: focusState} = props;
	const {symbols} = useUiEnvironment();
	const {index} = focusState;
	const focused = fields[index] ?? fields[0]!;
	// The draft this form changed, until the App's draft (the prop) moves on from the one it changed.
	const [changed, setChanged] = useState<{from: Draft; draft: Draft}>();
	const draft = changed?.from === props.draft ? changed.draft : props.draft;
	const checks = props.checksOf(draft);
	const latestDraft = useRef(draft);
	latestDraft.current = draft;
	const change = (next: Draft) => {
		latestDraft.current = next;
		setChanged({from: props.draft, draft: next});
	};

	useLayoutEffect(() => {
		if (changed?.from === props.draft) {
			props.onDraftChange(changed.draft);
		}
	}, [changed]);

	// One pass over the advice per change of the draft, for the focused field's line and every row's mark.
	const advice = useMemo(() => advisoryByField(checks, context), [checks, context]);
	const issueOf = (spec: FieldSpec) =>
		spec.kind === 'choice' && spec.showsIssue === false ? undefined : checks.issues[spec.field];
	const textKey = focused.kind === 'choice' ? undefined : focused.key;
	const text = useTextField(
		textKey ? draft[textKey] : '',
		value => textKey && change({...latestDraft.current, [textKey]: value}),
		textKey ?? '',
	);
	const focus = (next: number, refused = false) =>
		props.onFocus({index: Math.min(Math.max(next, 0), fields.length - 1), refused});

	/** Leaves the step when every field is valid; else shows why on the field to fix. */
	const leave = (go: () => void) => {
		if (issueOf(focused) !== undefined) {
			focus(index, true);
			return;
		}

		const firstInvalid = fields.findIndex(spec => issueOf(spec) !== undefined);
		if (firstInvalid === -1) {
			go();
		} else {
			focus(firstInvalid, true);
		}
	};

	const accept = () => {
		if (index < fields.length - 1 && issueOf(focused) === undefined) {
			focus(index + 1);
		} else {
			leave(props.onDone);
		}
	};

	useScreenKeys(
		(input, key) => {
			if (props.onKey?.(input, key, focused)) {
				return;
			}

			const move = choiceMoveFor(key);
			if (isReviewKey(input, key)) {
				leave(props.onReview);
			} else if (key.return) {
				accept();
			} else if (key.tab) {
				focus(key.shift ? index - 1 : index + 1);
			} else if (focused.kind === 'choice') {
				if (move) {
					change(focused.set(latestDraft.current, moveChoice(focused.options, focused.get(latestDraft.current), move)));
				}
			} else if (move) {
				focus(move === 'up' ? index - 1 : index + 1);
			} else {
				text.handleKey(input, key);
			}
		},
		{capturesText: focused.kind !== 'choice', onBack: props.onBack},
	);

	return (
		<Box flexDirection="column">
			{fields.map((spec, position) => {
				const value = specValue(spec, draft);
				const loadedValue = specValue(spec, loadedDraft);
				if (position === index) {
					return (
						<FocusedField
							key={spec.key}
							spec={spec}
							value={value}
							loadedValue={loadedValue}
							cursor={text.cursor}
							revealed={revealed}
							error={issueOf(spec)}
							refused={focusState.refused}
							advisory={advice[spec.field]}
						/>
					);
				}

				const display = (v: string) =>
					spec.kind === 'choice' ? spec.display(v) : spec.kind === 'secret' ? maskSecret(v, symbols.mask) || '(empty)' : v || '(empty)';
				return (
					<FieldRow
						key={spec.key}
						label={specLabel(spec)}
						value={display(value)}
						was={spec.kind !== 'secret' && value !== loadedValue ? display(loadedValue) : undefined}
						hasIssue={issueOf(spec) !== undefined}
						isAdvised={advice[spec.field] !== undefined}
					/>
				);
			})}
			{props.children}
		</Box>
	);
}
