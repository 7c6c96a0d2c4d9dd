// A short menu on ink-select-input with our glyphs (symbols.pointer) and colour switch.
import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useUiEnvironment} from '../shell/ui-environment.js';

export type Choice<V extends string> = {label: string; value: V};

export function ChoiceList<V extends string>({
	items,
	isFocused,
	initialIndex = 0,
	limit,
	onSelect,
}: {
	items: Array<Choice<V>>;
	isFocused: boolean;
	initialIndex?: number;
	limit?: number;
	onSelect(value: V): void;
}) {
	const {symbols, color} = useUiEnvironment();
	return (
		<SelectInput
			items={items.map(item => ({...item, key: item.value}))}
			isFocused={isFocused}
			initialIndex={initialIndex}
			limit={limit}
			indicatorComponent={({isSelected}) => (
				<Box marginRight={1}>
					<Text color={isSelected && color ? 'cyan' : undefined}>{isSelected ? symbols.pointer : ' '.repeat(symbols.pointer.length)}</Text>
				</Box>
			)}
			itemComponent={({isSelected, label}) => (
				<Text wrap="truncate-end" color={isSelected && color ? 'cyan' : undefined} bold={isSelected && !color}>
					{label}
				</Text>
			)}
			onSelect={item => {
				onSelect(item.value);
			}}
		/>
	);
}
