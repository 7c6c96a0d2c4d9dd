// The footer's key hints joined with a separator the terminal can draw.
export function hintLine(parts: ReadonlyArray<string | false | undefined>, unicode: boolean): string {
	return parts.filter(part => typeof part === 'string' && part.length > 0).join(unicode ? ' · ' : ' | ');
}
