// Moving the highlight of a choice list, as a pure function. The step owns the keys (one
// registration per screen, so a key pressed the instant a list appears is never lost) and the
// list is only drawn by ink-select-input.
import type {Key} from 'ink';
import type {ChoiceOption} from './select-items.js';

export type ChoiceMove = 'up' | 'down';

export function choiceMoveFor(key: Key): ChoiceMove | undefined {
	if (key.upArrow) {
		return 'up';
	}

	return key.downArrow ? 'down' : undefined;
}

/** The value above or below, wrapping around like ink-select-input. */
export function moveChoice(options: readonly ChoiceOption[], value: string, move: ChoiceMove): string {
	if (options.length === 0) {
		return value;
	}

	const index = Math.max(options.findIndex(option => option.value === value), 0);
	const next = (index + (move === 'down' ? 1 : options.length - 1)) % options.length;
	return options[next]?.value ?? value;
}
