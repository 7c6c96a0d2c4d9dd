// A choice list drawn by ink-select-input, highlighting `value`. It takes no keys itself (its
// own input hook would register a tick after it appears and could miss a quick key): the step
// moves the value with moveChoice and decides what Enter means. Lists are at most `limit` long,
// so remounting on the new value never scrolls. Indicator and items are ours so that glyphs
// come from the UI environment and colour obeys its switch.
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
	limit?: number;
};

export function SelectField({options, value, currentValue, limit = 5}: SelectFieldProps) {
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
				key={value}
				items={items}
				isFocused={false}
				initialIndex={initialSelectIndex(options, value)}
				limit={limit}
				indicatorComponent={Indicator}
				itemComponent={Item}
			/>
		</Box>
	);
}
