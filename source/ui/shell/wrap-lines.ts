// Word wrap by display width, done here rather than by Ink: Ink's wrap keeps the space it broke at
// when a word ends exactly at the edge, so some continuation lines started one column further in
// than others. Lines break at spaces only; a word wider than the line (a long command option, an
// ID) is the one thing split, at the edge, never inside a character.
import {cutToWidth, displayWidth} from './display-width.js';

export function wrapLines(text: string, width: number): string[] {
	const room = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	const push = (word: string) => {
		let rest = word;
		while (displayWidth(rest) > room) {
			const head = cutToWidth(rest, room) || [...rest][0]!;
			lines.push(head);
			rest = rest.slice(head.length);
		}

		line = rest;
	};

	for (const word of text.split(' ').filter(part => part !== '')) {
		if (line === '') {
			push(word);
		} else if (displayWidth(line) + 1 + displayWidth(word) <= room) {
			line = `${line} ${word}`;
		} else {
			lines.push(line);
			line = '';
			push(word);
		}
	}

	return [...lines, line];
}
