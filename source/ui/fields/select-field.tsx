// A choice list on ink-select-input. It only moves the highlight (onHighlight = the value); Enter
// belongs to the step, which is the one place that decides what Enter means. The indicator and
// items are ours so that glyphs come from the UI environment and colour obeys its switch.
import React, {useMemo} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {initialSelectIndex, selectItems, type ChoiceOption} from './select-items.js';
import {FittedLine} from './fitted-line.js';

const listIndent = 2;

export type SelectFieldProps = {
	options: readonly ChoiceOption[];
	value: string;
	currentValue?: string;
	isFocused: boolean;
	limit?: number;
	onChange(value: string): void;
};

export function SelectField({options, value, currentValue, isFocused, limit = 5, onChange}: SelectFieldProps) {
	const {color, symbols} = useUiEnvironment();
	const items = useMemo(
		() => selectItems(options, currentValue),
		[options, currentValue],
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
				const text = isCurrent ? `${label} ${symbols.current}` : label;
				return <FittedLine indent={listIndent + [...symbols.pointer].length + 1} pieces={[{text, color: isSelected ? 'cyan' : undefined, bold: isSelected && !color}]} />;
			},
		[color, symbols, currentLabel],
	);
	return (
		<Box marginLeft={listIndent}>
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
