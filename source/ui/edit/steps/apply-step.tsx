// Step 7: when the new settings take effect, said in terms of the clients connected right now.
import React from 'react';
import {Box, Text} from 'ink';
import {useUiEnvironment} from '../../shell/ui-environment.js';
import {effectImmediatelyField} from '../field-specs.js';
import {FieldStep} from '../field-step.js';
import {reviewKeyName} from '../review-key.js';
import type {StepProps} from '../step-props.js';

const fields = [effectImmediatelyField];
// The last step before the review: Enter and the review key both go there.
const hints = [`Enter or ${reviewKeyName} review`, 'Esc back', '? help', 'Ctrl+C quit'];

export function onlineClientsSentence(count: number, immediately: boolean): string {
	const who = count === 0 ? 'No client is connected now' : count === 1 ? '1 client is connected now' : `${count} clients are connected now`;
	if (count === 0) {
		return `${who}, so nobody is interrupted either way.`;
	}

	return immediately
		? `${who}; applying now disconnects ${count === 1 ? 'it' : 'them'} and ${count === 1 ? 'it reconnects' : 'they reconnect'} with the new settings.`
		: `${who}; ${count === 1 ? 'it stays' : 'they stay'} connected until the tunnel renegotiates on its next traffic.`;
}

export function ApplyStep(props: StepProps) {
	const {color, symbols} = useUiEnvironment();
	const count = props.context.onlineClientCount;
	const dropsClients = props.draft.effectImmediately && count > 0;
	return (
		<FieldStep {...props} step={7} fields={fields} hints={() => hints}>
			<Box paddingLeft={2} marginTop={1}>
				<Text color={dropsClients && color ? 'yellow' : undefined}>
					{dropsClients ? `${symbols.warning} ` : `${symbols.info} `}
					{onlineClientsSentence(count, props.draft.effectImmediately)}
				</Text>
			</Box>
		</FieldStep>
	);
}
