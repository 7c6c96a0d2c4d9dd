// A short menu (regions, re-attach, busy gateway). Keys come through the one keyboard owner
// (useScreenKeys): Up/Down move, Enter chooses; nothing listens on its own, so no key is lost the
// instant the list appears. Glyphs from the environment, long lists shown as a window.
import React, {useState} from 'react';
import {Box} from 'ink';
import {useScreenKeys} from '../shell/keyboard.js';
import {Line} from '../shell/line.js';
import {useUiEnvironment} from '../shell/ui-environment.js';
import {visibleWindow} from './visible-window.js';

export type Choice<V extends string> = {label: string; value: V};

export function ChoiceList<V extends string>({
	items,
	isFocused,
	initialIndex = 0,
	limit = items.length,
	onSelect,
}: {
	items: Array<Choice<V>>;
	isFocused: boolean;
	initialIndex?: number;
	limit?: number;
	onSelect(value: V): void;
}) {
	const {symbols, color} = useUiEnvironment();
	const [highlight, setHighlight] = useState(Math.min(Math.max(0, initialIndex), Math.max(0, items.length - 1)));
	useScreenKeys(
		(input, key) => {
			if (key.upArrow || input === 'k') {
				setHighlight(previous => (previous <= 0 ? items.length - 1 : previous - 1));
			} else if (key.downArrow || input === 'j') {
				setHighlight(previous => (previous >= items.length - 1 ? 0 : previous + 1));
			} else if (key.return) {
				const chosen = items[highlight];
				if (chosen) {
					onSelect(chosen.value);
				}
			}
		},
		{isActive: isFocused && items.length > 0},
	);
	const {start, end} = visibleWindow(items.length, highlight, limit);
	const blank = ' '.repeat(symbols.pointer.length);
	return (
		<Box flexDirection="column">
			{items.slice(start, end).map((item, index) => {
				const selected = start + index === highlight;
				return (
					<Line
						key={item.value}
						color={selected && color ? 'cyan' : undefined}
						bold={selected && !color}
						text={`${selected ? symbols.pointer : blank} ${item.label}`}
					/>
				);
			})}
		</Box>
	);
}
