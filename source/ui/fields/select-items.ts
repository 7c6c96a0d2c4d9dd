// The entries of a choice list: the current (loaded) value marked in words, so it is clear even
// without colour or symbols which one is in effect now.
export type ChoiceOption = {value: string; label: string};
export type SelectItem = {key: string; label: string; value: string};

export function selectItems(options: readonly ChoiceOption[], currentValue: string | undefined): SelectItem[] {
	return options.map(option => ({
		key: option.value,
		value: option.value,
		label: option.value === currentValue ? `${option.label} (current)` : option.label,
	}));
}

export function initialSelectIndex(options: readonly ChoiceOption[], value: string): number {
	return Math.max(options.findIndex(option => option.value === value), 0);
}
