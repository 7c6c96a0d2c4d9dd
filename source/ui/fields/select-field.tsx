// A choice list on ink-select-input. It only moves the highlight (onHighlight = the value); Enter
// belongs to the step, which is the one place that decides what Enter means. The indicator and
// items are ours so that glyphs come from the UI environment and colour obeys its switch.
import React, {useMemo} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {initialSelectIndex, selectItems, type ChoiceOption} from './select-items.js';
import {terminalText} from './terminal-text.js';

export type SelectFieldProps = {
	options: readonly ChoiceOption[];
	value: string;
	currentValue?: string;
	isFocused: boolean;
	limit?: number;
	onChange(value: string): void;
};

export function SelectField({options, value, currentValue, isFocused, limit = 5, onChange}: SelectFieldProps) {
	const {unicode, color, symbols} = useUiEnvironment();
	const items = useMemo(
		() => selectItems(options, currentValue).map(item => ({...item, label: terminalText(item.label, unicode)})),
		[options, currentValue, unicode],
	);
	const Indicator = useMemo(
		() =>
			function ({isSelected = false}: {isSelected?: boolean}) {
				return (
					<Box marginRight={1}>
						<Text color={isSelected && color ? 'cyan' : undefined}>{isSelected ? symbols.pointer : ' '.repeat(symbols.pointer.length)}</Text>
					</Box>
				);
			},
		[color, symbols],
	);
	const currentLabel = items.find(item => item.value === currentValue)?.label;
	const Item = useMemo(
		() =>
			function ({isSelected = false, label}: {isSelected?: boolean; label: string}) {
				const isCurrent = label === currentLabel;
				return (
					<Text wrap="truncate-end" color={isSelected && color ? 'cyan' : undefined} bold={isSelected && !color}>
						{label}
						{isCurrent ? ` ${symbols.current}` : ''}
					</Text>
				);
			},
		[color, symbols, currentLabel],
	);
	return (
		<Box marginLeft={2}>
			<SelectInput
				items={items}
				isFocused={isFocused}
				initialIndex={initialSelectIndex(options, value)}
				limit={limit}
				indicatorComponent={Indicator}
				itemComponent={Item}
				onHighlight={item => onChange(item.value)}
			/>
		</Box>
	);
}
