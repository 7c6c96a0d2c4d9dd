// Terminal control strings in typed or pasted input: OSC (ESC ]), DCS (ESC P), SOS (ESC X),
// PM (ESC ^) and APC (ESC _), each running to BEL or ST (ESC \). Ink's input parser cuts such a
// string into pieces (`ESC ]` alone, then `0;title BEL rest` as text), so a field that only drops
// the ESC byte keeps `]0;title`. This filter sees the pieces in order and removes each string
// whole, whatever the pieces. Pure; the keyboard owner feeds it Ink's input events.

// eslint-disable-next-line no-control-regex
const introducer = /\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F]/u;
// eslint-disable-next-line no-control-regex
const terminator = /\u0007|\u001B\\|\u009C/u;

export type ControlStringFilter = {
	/** The parts of one input event that are not inside a control string (empty: drop it). */
	push(event: string): string;
	/** True while a control string has started and not yet ended. */
	readonly inString: boolean;
	/** Gives up on an unterminated string (later input is input again). */
	reset(): void;
};

export function createControlStringFilter(): ControlStringFilter {
	let inString = false;
	return {
		push(event) {
			let rest = event;
			let kept = '';
			while (rest !== '') {
				if (inString) {
					const end = terminator.exec(rest);
					if (!end) {
						return kept;
					}

					rest = rest.slice(end.index + end[0].length);
					inString = false;
					continue;
				}

				const start = introducer.exec(rest);
				if (!start) {
					return kept + rest;
				}

				kept += rest.slice(0, start.index);
				rest = rest.slice(start.index + start[0].length);
				inString = true;
			}

			return kept;
		},
		get inString() {
			return inString;
		},
		reset() {
			inString = false;
		},
	};
}
